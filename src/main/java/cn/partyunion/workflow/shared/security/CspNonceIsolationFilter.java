package cn.partyunion.workflow.shared.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import org.camunda.bpm.webapp.impl.security.filter.headersec.provider.impl.ContentSecurityPolicyProvider;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the webapps' Content-Security-Policy nonce to the request it was made for.
 *
 * <p>Camunda 7.24's {@link ContentSecurityPolicyProvider} writes each request's nonce into a
 * <em>servlet-context</em> attribute ({@value
 * ContentSecurityPolicyProvider#ATTR_CSP_FILTER_NONCE}), and the index page of Tasklist, Cockpit
 * and Admin reads it from there when it writes {@code nonce="…"} into its script tags. Two requests
 * at once (a page and any of its assets) overwrite each other's nonce: the page then carries
 * another request's nonce, the browser blocks every script and the webapp stays on its spinner.
 * This filter, ahead of Camunda's header filter, gives each request a view of the servlet context
 * in which that one attribute lives in the request; all else goes to the real context.
 */
public class CspNonceIsolationFilter extends OncePerRequestFilter {

  private static final String NONCE = ContentSecurityPolicyProvider.ATTR_CSP_FILTER_NONCE;

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ServletContext context = requestScoped(request.getServletContext(), request);
    chain.doFilter(
        new HttpServletRequestWrapper(request) {
          @Override
          public ServletContext getServletContext() {
            return context;
          }
        },
        response);
  }

  private static ServletContext requestScoped(ServletContext context, HttpServletRequest request) {
    InvocationHandler handler =
        (proxy, method, args) -> {
          if (isNonceAccess(method, args)) {
            if (method.getName().equals("getAttribute")) {
              return request.getAttribute(NONCE);
            }
            request.setAttribute(NONCE, args[1]);
            return null;
          }
          try {
            return method.invoke(context, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        };
    return (ServletContext)
        Proxy.newProxyInstance(
            CspNonceIsolationFilter.class.getClassLoader(),
            new Class<?>[] {ServletContext.class},
            handler);
  }

  private static boolean isNonceAccess(Method method, Object[] args) {
    String name = method.getName();
    return (name.equals("getAttribute") || name.equals("setAttribute"))
        && args != null
        && NONCE.equals(args[0]);
  }
}
