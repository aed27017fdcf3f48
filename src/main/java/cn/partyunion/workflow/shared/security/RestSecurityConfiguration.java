package cn.partyunion.workflow.shared.security;

import cn.partyunion.workflow.shared.web.TaskUpdateBodyFilter;
import cn.partyunion.workflow.shared.web.UserFacingErrorFilter;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Authentication for the two HTTP APIs. The engine's REST API ({@code /engine-rest}) uses the
 * engine's own HTTP Basic filter (the REST starter ships without any authentication); the
 * application API ({@code /api}) accepts the webapps' session or HTTP Basic; calls by session need
 * the webapps' CSRF token to change anything ({@link ApiCsrfFilter}). Both APIs answer with
 * security headers ({@link ApiSecurityHeadersFilter}). The webapps' pages get their CSP nonce per
 * request ({@link CspNonceIsolationFilter}). A signed-in user who must first change their password
 * is refused the rest ({@link AccountGateFilter}).
 */
@Configuration
public class RestSecurityConfiguration {

  @Bean
  public FilterRegistrationBean<ApiSecurityHeadersFilter> apiSecurityHeadersFilter(
      CamundaBpmProperties camunda) {
    FilterRegistrationBean<ApiSecurityHeadersFilter> registration =
        new FilterRegistrationBean<>(new ApiSecurityHeadersFilter());
    registration.setName("api-security-headers");
    registration.setInitParameters(camunda.getWebapp().getHeaderSecurity().getInitParams());
    registration.addUrlPatterns("/api/*", "/engine-rest/*");
    registration.setOrder(1);
    return registration;
  }

  @Bean
  public FilterRegistrationBean<CspNonceIsolationFilter> cspNonceIsolationFilter(
      CamundaBpmProperties camunda) {
    FilterRegistrationBean<CspNonceIsolationFilter> registration =
        new FilterRegistrationBean<>(new CspNonceIsolationFilter());
    registration.setName("csp-nonce-isolation");
    registration.addUrlPatterns(camunda.getWebapp().getApplicationPath() + "/*");
    registration.setOrder(1);
    return registration;
  }

  @Bean
  public FilterRegistrationBean<ProcessEngineAuthenticationFilter>
      engineRestAuthenticationFilter() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("engine-rest-authentication");
    registration.addInitParameter(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(10);
    return registration;
  }

  @Bean
  public FilterRegistrationBean<TaskUpdateBodyFilter> taskUpdateBodyFilter(
      CamundaBpmProperties camunda) {
    FilterRegistrationBean<TaskUpdateBodyFilter> registration =
        new FilterRegistrationBean<>(new TaskUpdateBodyFilter());
    registration.setName("task-update-body");
    registration.addUrlPatterns(
        "/engine-rest/task/*", camunda.getWebapp().getApplicationPath() + "/api/engine/*");
    registration.setOrder(20);
    return registration;
  }

  @Bean
  public FilterRegistrationBean<UserFacingErrorFilter> userFacingErrorFilter() {
    FilterRegistrationBean<UserFacingErrorFilter> registration =
        new FilterRegistrationBean<>(new UserFacingErrorFilter());
    registration.setName("user-facing-errors");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    registration.setOrder(5);
    return registration;
  }

  @Bean
  public FilterRegistrationBean<ApiAuthenticationFilter> apiAuthenticationFilter(
      IdentityService identityService) {
    FilterRegistrationBean<ApiAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ApiAuthenticationFilter(identityService));
    registration.setName("api-authentication");
    registration.addUrlPatterns("/api/*");
    registration.setOrder(11);
    return registration;
  }

  /** The second factor at the webapps' login ({@link SecondFactorLoginFilter}). */
  @Bean
  public FilterRegistrationBean<SecondFactorLoginFilter> secondFactorLoginFilter(
      SecondFactor secondFactor, CamundaBpmProperties camunda) {
    FilterRegistrationBean<SecondFactorLoginFilter> registration =
        new FilterRegistrationBean<>(new SecondFactorLoginFilter(secondFactor));
    registration.setName("second-factor-login");
    registration.addUrlPatterns(
        camunda.getWebapp().getApplicationPath() + "/api/admin/auth/user/default/login/*");
    registration.setOrder(6);
    return registration;
  }

  /** After every API's authentication: what a user must do first ({@link AccountGate}). */
  @Bean
  public FilterRegistrationBean<AccountGateFilter> accountGateFilter(
      AccountGate gate, IdentityService identityService, CamundaBpmProperties camunda) {
    FilterRegistrationBean<AccountGateFilter> registration =
        new FilterRegistrationBean<>(new AccountGateFilter(gate, identityService));
    registration.setName("account-gate");
    registration.addUrlPatterns(
        "/api/*", "/engine-rest/*", camunda.getWebapp().getApplicationPath() + "/api/*");
    registration.setOrder(13);
    return registration;
  }

  @Bean
  public FilterRegistrationBean<ApiCsrfFilter> apiCsrfFilter(CamundaBpmProperties camunda) {
    FilterRegistrationBean<ApiCsrfFilter> registration =
        new FilterRegistrationBean<>(new ApiCsrfFilter());
    registration.setName("api-csrf");
    // the webapps' CSRF settings (cookie name and flags, target origin, deny status), but no
    // entry points: those exempt webapp pages from the token check, the API has none
    Map<String, String> params = new HashMap<>(camunda.getWebapp().getCsrf().getInitParams());
    params.remove("entryPoints");
    registration.setInitParameters(params);
    registration.addUrlPatterns("/api/*");
    registration.setOrder(12);
    return registration;
  }
}
