package cn.partyunion.workflow.shared.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The engine's REST APIs ({@code /engine-rest}, and the webapps' {@code /camunda/api}) wrap an
 * exception thrown inside a command into "Cannot submit task form …: …" with status 500. When
 * the failure was the user's ({@link UserFacingError}), this filter discards the engine's
 * error body and answers with the error's status (400 bad input, 403 not yours) and
 * {@code {"type": …, "message": "<中文>"}} — the message Tasklist shows.
 */
public class UserFacingErrorFilter extends OncePerRequestFilter {

  private final ObjectMapper json = new ObjectMapper();

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    UserFacingError.clear();
    DivertingResponse wrapper = new DivertingResponse(response);
    try {
      chain.doFilter(request, wrapper);
      UserFacingError error = UserFacingError.peek();
      if (wrapper.diverted && error != null && !response.isCommitted()) {
        response.resetBuffer();
        response.setStatus(error.status());
        response.setContentType("application/json;charset=UTF-8");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", error.type());
        body.put("message", error.message());
        body.put("code", 0);
        byte[] bytes = json.writeValueAsBytes(body);
        // the engine already declared the length of its own (discarded) body: replace it, or
        // browsers wait for the missing bytes and report a network error instead of the message
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
      }
    } finally {
      UserFacingError.clear();
    }
  }

  /** Sends the engine's own error body nowhere when a user-facing error is recorded. */
  private static final class DivertingResponse extends HttpServletResponseWrapper {
    private boolean diverted;

    DivertingResponse(HttpServletResponse response) {
      super(response);
    }

    private boolean divert() {
      if (!diverted && getStatus() >= 400 && UserFacingError.peek() != null) {
        diverted = true;
      }
      return diverted;
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      return divert() ? new DiscardingStream() : super.getOutputStream();
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      return divert() ? new PrintWriter(Writer.nullWriter()) : super.getWriter();
    }

    @Override
    public void flushBuffer() throws IOException {
      if (!diverted) {
        super.flushBuffer();
      }
    }

    @Override
    public void setContentLength(int len) {
      if (!divert()) {
        super.setContentLength(len);
      }
    }

    @Override
    public void setContentLengthLong(long len) {
      if (!divert()) {
        super.setContentLengthLong(len);
      }
    }
  }

  private static final class DiscardingStream extends ServletOutputStream {
    @Override
    public boolean isReady() {
      return true;
    }

    @Override
    public void setWriteListener(WriteListener listener) {
      // synchronous discard: nothing to notify
    }

    @Override
    public void write(int b) {
      // discarded: the filter writes the user-facing error instead
    }
  }
}
