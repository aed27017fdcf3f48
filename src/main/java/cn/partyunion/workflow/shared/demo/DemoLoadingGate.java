package cn.partyunion.workflow.shared.demo;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Closes the whole application (pages, {@code /api}, {@code /engine-rest}, the webapps) with 503
 * and {@code Retry-After} while {@link DemoData} creates the demo users (a few seconds): a login
 * meanwhile would meet a user half provisioned. The demo history loads afterwards, with the gate
 * open, on a clock of its own thread ({@link DemoHistoryClock}). Browsers get a Chinese page that
 * reloads itself, API callers JSON {@code {"error": "DEMO_DATA_LOADING", "message": …}}. Demo
 * profile only; the gate opens once, for good, when the demo users are there (or their creation
 * failed: the error is in the log).
 */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DemoLoadingGate extends OncePerRequestFilter {

  /** Seconds a client is asked to wait before it tries again. */
  static final int RETRY_AFTER_SECONDS = 10;

  private static final String MESSAGE = "系统正在载入演示数据（约需数秒），请稍后刷新页面。";

  private volatile boolean open;

  /** Lets every request through from now on. */
  void open() {
    open = true;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (open) {
      chain.doFilter(request, response);
      return;
    }
    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
    response.setHeader("Cache-Control", "no-store");
    String accept = request.getHeader("Accept");
    if (accept != null && accept.contains("text/html")) {
      response.setContentType("text/html;charset=UTF-8");
      response
          .getWriter()
          .write(
              "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                  + "<meta http-equiv=\"refresh\" content=\""
                  + RETRY_AFTER_SECONDS
                  + "\"><title>产改工作台</title></head><body style=\"font-family:sans-serif;"
                  + "margin:3em\"><p>"
                  + MESSAGE
                  + "</p></body></html>");
    } else {
      response.setContentType("application/json;charset=UTF-8");
      response
          .getWriter()
          .write("{\"error\":\"DEMO_DATA_LOADING\",\"message\":\"" + MESSAGE + "\"}");
    }
  }
}
