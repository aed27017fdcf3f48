package cn.partyunion.workflow.shared.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every error answer of the engine's REST APIs ({@code /engine-rest}, and the webapps' {@code
 * /camunda/api}) becomes {@code {"type": …, "message": "<中文>", "code": …}} — the shape Tasklist
 * reads — with a Chinese message and the right status; the engine's own message (English, often
 * naming Java classes, sometimes SQL) never reaches the user.
 *
 * <ul>
 *   <li>When the failure was the user's ({@link UserFacingError}: bad form input 400, somebody
 *       else's task or unit 403), its status and precise message are answered — the engine wraps
 *       such failures into "Cannot submit task form …" with status 500.
 *   <li>Otherwise the message is chosen by status and exception type ({@link EngineErrors}): 400
 *       "请求格式或参数不正确。", 401 "请先登录（用户名和密码）。" (type {@code AuthenticationException}; the engine's 401
 *       has no body), 403, 404 "记录不存在或已处理。", 409 "该任务已由他人处理，请刷新列表" for a lost race (a task
 *       completed, changed or claimed meanwhile: {@link Faults}), 503 with {@code Retry-After}
 *       while the database is unreachable, 500 "服务器内部错误…". The body's other fields ({@code type},
 *       {@code code}, details of an authorization failure) are kept.
 * </ul>
 *
 * An error sent with {@code sendError} is answered the same way (no HTML error page). The replaced
 * engine message of a 4xx is logged at INFO in one line.
 */
public class UserFacingErrorFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(UserFacingErrorFilter.class);
  private static final int LOGGED_MESSAGE_LENGTH = 500;

  /** Error bodies are small; a longer one is cut (and then replaced as not readable). */
  private static final int MAX_CAPTURED = 64 * 1024;

  private final ObjectMapper json = new ObjectMapper();

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    UserFacingError.clear();
    CapturingResponse wrapper = new CapturingResponse(response);
    try {
      chain.doFilter(request, wrapper);
      if (wrapper.getStatus() >= 400 && !response.isCommitted()) {
        answer(request, response, wrapper);
      }
    } finally {
      UserFacingError.clear();
    }
  }

  private void answer(
      HttpServletRequest request, HttpServletResponse response, CapturingResponse wrapper)
      throws IOException {
    ObjectNode body = engineBody(wrapper);
    String engineType = body.path("type").isTextual() ? body.path("type").asText() : null;
    String engineMessage =
        body.path("message").isTextual() ? body.path("message").asText() : wrapper.errorMessage;
    int status;
    String type;
    String message;
    UserFacingError error = UserFacingError.peek();
    if (error != null) {
      status = error.status();
      type = error.type();
      message = error.message();
    } else {
      EngineErrors.Answer chosen =
          EngineErrors.answer(wrapper.getStatus(), engineType, engineMessage);
      status = chosen.status();
      type = engineType != null ? engineType : chosen.type();
      message = chosen.message();
      if (status < 500 && engineMessage != null && !engineMessage.isBlank()) {
        LOG.info(
            "{} {} answered {} {}: {}",
            request.getMethod(),
            request.getRequestURI(),
            status,
            type,
            oneLine(engineMessage));
      }
    }
    body.put("type", type);
    body.put("message", message);
    if (!body.has("code")) {
      body.put("code", 0);
    }
    byte[] bytes = json.writeValueAsBytes(body);
    response.resetBuffer();
    response.setStatus(status);
    if (status == 503) {
      response.setHeader("Retry-After", String.valueOf(Faults.RETRY_AFTER_SECONDS));
    }
    response.setContentType("application/json;charset=UTF-8");
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }

  /** The engine's JSON error object, or an empty object when it sent none (or no JSON). */
  private ObjectNode engineBody(CapturingResponse wrapper) {
    byte[] captured = wrapper.captured.toByteArray();
    if (captured.length > 0) {
      try {
        JsonNode parsed = json.readTree(captured);
        if (parsed instanceof ObjectNode object) {
          return object;
        }
      } catch (IOException e) {
        // not JSON (Jersey's plain-text answer to a malformed body): replaced entirely
      }
    }
    return json.createObjectNode();
  }

  private static String oneLine(String text) {
    String line = text.replaceAll("\\s+", " ").trim();
    return line.length() <= LOGGED_MESSAGE_LENGTH
        ? line
        : line.substring(0, LOGGED_MESSAGE_LENGTH) + "…";
  }

  /**
   * Passes a success through; keeps the body of an error answer (status ≥ 400 when the body is
   * written) for {@link #answer}, and turns {@code sendError} into a plain status.
   */
  private static final class CapturingResponse extends HttpServletResponseWrapper {
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private ServletOutputStream capturingStream;
    private PrintWriter capturingWriter;
    private String errorMessage;

    CapturingResponse(HttpServletResponse response) {
      super(response);
    }

    private boolean capturing() {
      return capturingStream != null || getStatus() >= 400;
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      if (!capturing()) {
        return super.getOutputStream();
      }
      if (capturingStream == null) {
        capturingStream = new CapturingStream(captured);
      }
      return capturingStream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      if (!capturing()) {
        return super.getWriter();
      }
      if (capturingWriter == null) {
        capturingWriter =
            new PrintWriter(
                new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8), true);
      }
      return capturingWriter;
    }

    @Override
    public void sendError(int status, String message) {
      setStatus(status);
      errorMessage = message;
    }

    @Override
    public void sendError(int status) {
      setStatus(status);
    }

    @Override
    public void flushBuffer() throws IOException {
      if (!capturing()) {
        super.flushBuffer();
      }
    }

    @Override
    public void resetBuffer() {
      captured.reset();
      super.resetBuffer();
    }

    @Override
    public void setContentLength(int len) {
      if (!capturing()) {
        super.setContentLength(len);
      }
    }

    @Override
    public void setContentLengthLong(long len) {
      if (!capturing()) {
        super.setContentLengthLong(len);
      }
    }
  }

  private static final class CapturingStream extends ServletOutputStream {
    private final ByteArrayOutputStream target;

    CapturingStream(ByteArrayOutputStream target) {
      this.target = target;
    }

    @Override
    public boolean isReady() {
      return true;
    }

    @Override
    public void setWriteListener(WriteListener listener) {
      // synchronous capture: nothing to notify
    }

    @Override
    public void write(int b) {
      if (target.size() < MAX_CAPTURED) {
        target.write(b);
      }
    }

    @Override
    public void write(byte[] b, int off, int len) {
      target.write(b, off, Math.max(0, Math.min(len, MAX_CAPTURED - target.size())));
    }
  }
}
