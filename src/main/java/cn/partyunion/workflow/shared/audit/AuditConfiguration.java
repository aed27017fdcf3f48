package cn.partyunion.workflow.shared.audit;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The audit trail's servlet filters: {@link AuditRequestContext} first of all (every path), {@link
 * AuditHttpFilter} for the logout and, after the API's authentication and CSRF check ({@code
 * RestSecurityConfiguration}, orders 11 and 12), for {@code /api}. Scheduling is on for {@link
 * AuditRetention}.
 */
@Configuration
@EnableScheduling
public class AuditConfiguration {

  @Bean
  public FilterRegistrationBean<AuditRequestContext> auditRequestContext() {
    FilterRegistrationBean<AuditRequestContext> registration =
        new FilterRegistrationBean<>(new AuditRequestContext());
    registration.setName("audit-request-context");
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @Bean
  public FilterRegistrationBean<AuditHttpFilter> auditHttpFilter(AuditTrail audit) {
    FilterRegistrationBean<AuditHttpFilter> registration =
        new FilterRegistrationBean<>(new AuditHttpFilter(audit));
    registration.setName("audit-http");
    registration.addUrlPatterns("/api/*", AuditHttpFilter.LOGOUT_PATH);
    registration.setOrder(13);
    return registration;
  }
}
