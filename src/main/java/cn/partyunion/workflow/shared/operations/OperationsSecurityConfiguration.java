package cn.partyunion.workflow.shared.operations;

import cn.partyunion.workflow.shared.security.ApiAuthenticationFilter;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Spring Boot Actuator ({@code /actuator/health} with the database and the job executor, {@code
 * /actuator/prometheus} with {@link EngineMetrics}) for administrators only: the API's
 * authentication (session or HTTP Basic, 401 without), then {@link AdministratorsOnlyFilter} (403).
 */
@Configuration
public class OperationsSecurityConfiguration {

  @Bean
  public FilterRegistrationBean<ApiAuthenticationFilter> actuatorAuthenticationFilter(
      IdentityService identityService) {
    FilterRegistrationBean<ApiAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ApiAuthenticationFilter(identityService));
    registration.setName("actuator-authentication");
    registration.addUrlPatterns("/actuator/*", "/actuator");
    registration.setOrder(11);
    return registration;
  }

  @Bean
  public FilterRegistrationBean<AdministratorsOnlyFilter> actuatorAdministratorsOnlyFilter(
      IdentityService identityService) {
    FilterRegistrationBean<AdministratorsOnlyFilter> registration =
        new FilterRegistrationBean<>(new AdministratorsOnlyFilter(identityService));
    registration.setName("actuator-administrators-only");
    registration.addUrlPatterns("/actuator/*", "/actuator");
    registration.setOrder(13);
    return registration;
  }
}
