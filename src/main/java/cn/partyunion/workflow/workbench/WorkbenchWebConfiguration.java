package cn.partyunion.workflow.workbench;

import cn.partyunion.workflow.shared.security.AccountGate;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The workbench's web set-up: the login check on every page but the login and the static assets
 * ({@code /workbench/assets/**}), and security headers on every workbench answer: {@code
 * Content-Security-Policy: }{@value #CONTENT_SECURITY_POLICY} (scripts and styles only from this
 * application; inline styles for the chart library's canvas), {@code X-Frame-Options: DENY}, {@code
 * X-Content-Type-Options: nosniff}, and {@code Cache-Control: no-store} on the pages (they show
 * personal data).
 */
@Configuration
public class WorkbenchWebConfiguration implements WebMvcConfigurer {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
          + "img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; "
          + "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

  private final WorkbenchUsers users;
  private final AccountGate gate;

  public WorkbenchWebConfiguration(WorkbenchUsers users, AccountGate gate) {
    this.users = users;
    this.gate = gate;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry
        .addInterceptor(new WorkbenchLoginInterceptor(users, gate))
        .addPathPatterns("/workbench", "/workbench/**")
        .excludePathPatterns("/workbench/login", "/workbench/assets/**");
  }

  @Bean
  FilterRegistrationBean<Filter> workbenchSecurityHeadersFilter() {
    Filter filter =
        (request, servletResponse, chain) -> {
          HttpServletResponse response = (HttpServletResponse) servletResponse;
          response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
          response.setHeader("X-Frame-Options", "DENY");
          response.setHeader("X-Content-Type-Options", "nosniff");
          response.setHeader("Referrer-Policy", "same-origin");
          String uri = ((jakarta.servlet.http.HttpServletRequest) request).getRequestURI();
          if (!uri.contains("/workbench/assets/")) {
            response.setHeader("Cache-Control", "no-store");
          }
          chain.doFilter(request, response);
        };
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
    registration.setName("workbench-security-headers");
    registration.addUrlPatterns("/workbench", "/workbench/*");
    registration.setOrder(1);
    return registration;
  }
}
