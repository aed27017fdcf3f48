package cn.partyunion.workflow.shared.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets Tasklist save a task that uses a Camunda Form (follow-up date, the due-date editor): Camunda
 * 7.24's {@code PUT …/task/{id}} refuses the body that {@code GET …/task/{id}} gave, with 400,
 * because Jackson cannot build its {@code camundaFormRef} (an interface) — and every user task of
 * ours has a {@code camunda:formRef}. The property is output only (the update copies name,
 * description, priority, assignee, owner, delegation state, due and follow-up dates, parent task,
 * case instance and tenant, never the form), so this filter drops it from such a body; everything
 * else reaches the engine unchanged, the engine's own checks included (e.g. the due-date guard). A
 * body that is not a JSON object passes untouched, to be refused by the engine as before.
 */
public class TaskUpdateBodyFilter extends OncePerRequestFilter {

  private static final Pattern TASK_UPDATE = Pattern.compile(".*/task/[^/]+$");
  private static final String FORM_REF = "camundaFormRef";
  private final ObjectMapper json = new ObjectMapper();

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"PUT".equals(request.getMethod())
        || !TASK_UPDATE.matcher(request.getRequestURI()).matches();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    byte[] body = request.getInputStream().readAllBytes();
    byte[] forwarded = withoutFormRef(body);
    chain.doFilter(new BodyRequest(request, forwarded), response);
  }

  private byte[] withoutFormRef(byte[] body) {
    JsonNode node;
    try {
      node = json.readTree(body);
    } catch (IOException notJson) {
      return body;
    }
    if (!(node instanceof ObjectNode object) || !object.has(FORM_REF)) {
      return body;
    }
    object.remove(FORM_REF);
    try {
      return json.writeValueAsBytes(object);
    } catch (IOException e) {
      return body;
    }
  }

  private static final class BodyRequest extends HttpServletRequestWrapper {
    private final byte[] body;

    BodyRequest(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("synchronous reads only");
        }

        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }
      };
    }
  }
}
