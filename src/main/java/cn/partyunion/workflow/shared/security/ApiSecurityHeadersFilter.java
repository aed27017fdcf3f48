package cn.partyunion.workflow.shared.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.webapp.impl.security.filter.headersec.HttpHeaderSecurityFilter;
import org.camunda.bpm.webapp.impl.security.filter.headersec.provider.impl.ContentSecurityPolicyProvider;

/**
 * Security headers on every answer of the JSON APIs ({@code /api}, {@code /engine-rest}), errors
 * and 401s included, set before anything else runs:
 *
 * <ul>
 *   <li>{@code X-Content-Type-Options: nosniff};
 *   <li>the webapps' {@link HttpHeaderSecurityFilter} with their settings ({@code
 *       camunda.bpm.webapp.header-security.*}): {@code X-XSS-Protection}, HSTS when enabled;
 *   <li>{@code Content-Security-Policy: }{@value #CONTENT_SECURITY_POLICY} — JSON and spreadsheets
 *       load nothing; the webapps' page policy (and its nonce, which Camunda keeps in a
 *       servlet-context attribute that the webapp pages read) is left alone;
 *   <li>{@code X-Frame-Options: DENY};
 *   <li>{@code Cache-Control: no-store} (the answers hold personal data); later attempts to set
 *       another {@code Cache-Control} are ignored.
 * </ul>
 */
public class ApiSecurityHeadersFilter extends HttpHeaderSecurityFilter {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
  private static final String CACHE_CONTROL = "Cache-Control";

  @Override
  public void init(FilterConfig filterConfig) {
    Map<String, String> params = new HashMap<>();
    Enumeration<String> names = filterConfig.getInitParameterNames();
    while (names.hasMoreElements()) {
      String name = names.nextElement();
      params.put(name, filterConfig.getInitParameter(name));
    }
    params.put(ContentSecurityPolicyProvider.DISABLED_PARAM, "true");
    super.init(
        new FilterConfig() {
          @Override
          public String getFilterName() {
            return filterConfig.getFilterName();
          }

          @Override
          public jakarta.servlet.ServletContext getServletContext() {
            return filterConfig.getServletContext();
          }

          @Override
          public String getInitParameter(String name) {
            return params.get(name);
          }

          @Override
          public Enumeration<String> getInitParameterNames() {
            return java.util.Collections.enumeration(params.keySet());
          }
        });
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse servletResponse, FilterChain chain)
      throws IOException, ServletException {
    HttpServletResponse response = (HttpServletResponse) servletResponse;
    setOwnHeaders(response);
    super.doFilter(request, new NoStore(response), chain);
  }

  private static void setOwnHeaders(HttpServletResponse response) {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader(CACHE_CONTROL, "no-store");
  }

  /** Keeps {@code Cache-Control: no-store}; sets this filter's headers again after a reset. */
  private static final class NoStore extends HttpServletResponseWrapper {

    NoStore(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setHeader(String name, String value) {
      if (!CACHE_CONTROL.equalsIgnoreCase(name)) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (!CACHE_CONTROL.equalsIgnoreCase(name)) {
        super.addHeader(name, value);
      }
    }

    @Override
    public void reset() {
      super.reset();
      setOwnHeaders((HttpServletResponse) getResponse());
    }
  }
}
