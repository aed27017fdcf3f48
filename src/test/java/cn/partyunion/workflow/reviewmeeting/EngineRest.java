package cn.partyunion.workflow.reviewmeeting;

import jakarta.servlet.Filter;
import java.nio.charset.StandardCharsets;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockFilterConfig;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletConfig;
import org.springframework.mock.web.MockServletContext;

/**
 * The engine's REST API ({@code /engine-rest}) inside the shared test context. MockMvc reaches
 * only Spring's dispatcher servlet, not the REST starter's Jersey servlet, so this runs requests
 * through the application's authentication filter and a Jersey container built from the
 * application's own resource configuration — the same code path Tasklist's calls take.
 */
class EngineRest {

  private final MockServletContext servletContext = new MockServletContext();
  private final ServletContainer jersey;
  private final Filter authentication;

  EngineRest(ApplicationContext context) throws Exception {
    jersey = new ServletContainer(new ResourceConfig(context.getBean(ResourceConfig.class)));
    jersey.init(new MockServletConfig(servletContext, "engine-rest"));
    FilterRegistrationBean<?> registration =
        context.getBean("engineRestAuthenticationFilter", FilterRegistrationBean.class);
    MockFilterConfig filterConfig = new MockFilterConfig(servletContext, "engine-rest-auth");
    registration.getInitParameters().forEach(filterConfig::addInitParameter);
    authentication = registration.getFilter().getClass().getDeclaredConstructor().newInstance();
    authentication.init(filterConfig);
  }

  /** {@code method path} as {@code user} (password demo; null = anonymous) with a JSON body. */
  MockHttpServletResponse call(String method, String user, String path, String json)
      throws Exception {
    MockHttpServletRequest request =
        new MockHttpServletRequest(servletContext, method, "/engine-rest" + path);
    request.setServletPath("/engine-rest");
    int query = path.indexOf('?');
    request.setPathInfo(query < 0 ? path : path.substring(0, query));
    if (query >= 0) {
      request.setRequestURI("/engine-rest" + path.substring(0, query));
      request.setQueryString(path.substring(query + 1));
      for (String pair : path.substring(query + 1).split("&")) {
        String[] kv = pair.split("=", 2);
        request.addParameter(kv[0], kv.length > 1 ? kv[1] : "");
      }
    }
    if (user != null) {
      request.addHeader("Authorization", MeetingFixture.basic(user));
    }
    if (json != null) {
      request.setContentType("application/json");
      request.setContent(json.getBytes(StandardCharsets.UTF_8));
    }
    request.addHeader("Accept", "application/json");
    MockHttpServletResponse response = new MockHttpServletResponse();
    response.setCharacterEncoding("UTF-8");
    new MockFilterChain(jersey, authentication).doFilter(request, response);
    return response;
  }
}
