package cn.partyunion.workflow;

import jakarta.servlet.Filter;
import jakarta.servlet.Servlet;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockFilterConfig;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletConfig;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

/**
 * Calls the engine's REST API ({@code /engine-rest}) in the shared mock test context.
 *
 * <p>MockMvc drives only Spring's DispatcherServlet; the engine's REST API is a separate Jersey
 * servlet, so {@code mockMvc.perform(get("/engine-rest/task"))} with valid credentials ends in
 * the DispatcherServlet's 404. This helper runs a request through the same chain a server
 * does for {@code /engine-rest/*}: the application's registered filters for that path, in their
 * order (user-facing errors, HTTP Basic authentication), then the Jersey servlet.
 */
public final class EngineRest {

  private static final String PREFIX = "/engine-rest";
  private static final Object LOCK = new Object();
  private static Servlet initializedServlet;

  private final ServletContext servletContext;
  private final Servlet servlet;
  private final List<Filter> filters = new ArrayList<>();

  @SuppressWarnings("rawtypes")
  public EngineRest(WebApplicationContext context) {
    this.servletContext = context.getServletContext();
    ServletRegistrationBean<?> jersey = context.getBeansOfType(ServletRegistrationBean.class)
        .values().stream().filter(r -> r.getServlet() instanceof ServletContainer)
        .map(r -> (ServletRegistrationBean<?>) r).findFirst()
        .orElseThrow(() -> new IllegalStateException("no Jersey servlet registered"));
    this.servlet = jersey.getServlet();
    synchronized (LOCK) {
      if (initializedServlet != servlet) {
        MockServletConfig config = new MockServletConfig(servletContext, jersey.getServletName());
        jersey.getInitParameters().forEach(config::addInitParameter);
        init(servlet, config);
        initializedServlet = servlet;
      }
    }
    List<FilterRegistrationBean> registrations = new ArrayList<>(
        context.getBeansOfType(FilterRegistrationBean.class).values());
    registrations.sort(Comparator.comparingInt(FilterRegistrationBean::getOrder));
    for (FilterRegistrationBean<?> registration : registrations) {
      if (registration.getUrlPatterns().contains(PREFIX + "/*")) {
        Filter filter = registration.getFilter();
        MockFilterConfig config = new MockFilterConfig(servletContext, registration.getFilterName());
        ((Map<String, String>) registration.getInitParameters()).forEach(config::addInitParameter);
        try {
          filter.init(config);
        } catch (ServletException e) {
          throw new IllegalStateException(e);
        }
        filters.add(filter);
      }
    }
  }

  private static void init(Servlet servlet, MockServletConfig config) {
    try {
      servlet.init(config);
    } catch (ServletException e) {
      throw new IllegalStateException(e);
    }
  }

  /** HTTP Basic header value for a demo user (password {@code demo}). */
  public static String basic(String user) {
    return "Basic " + Base64.getEncoder()
        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
  }

  /** Performs the request as {@code user} (HTTP Basic, demo password). */
  public MockHttpServletResponse perform(String user, MockHttpServletRequestBuilder request) {
    return perform(request.header(HttpHeaders.AUTHORIZATION, basic(user)));
  }

  /** Performs the request (a path starting with {@code /engine-rest}) through filters and Jersey. */
  public MockHttpServletResponse perform(MockHttpServletRequestBuilder request) {
    MockHttpServletRequest built = request.servletPath(PREFIX).buildRequest(servletContext);
    MockHttpServletResponse response = new MockHttpServletResponse();
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    try {
      new MockFilterChain(servlet, filters.toArray(Filter[]::new)).doFilter(built, response);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return response;
  }
}
