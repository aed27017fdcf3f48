package cn.partyunion.workflow.shared.web;

import cn.partyunion.workflow.shared.security.ApiException;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every failure of the application API into {@code {"error", "message"}} JSON with a
 * Chinese message and a 4xx status; unexpected failures become 500 without a stack trace.
 */
@RestControllerAdvice
public class ApiExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(ApiException.class)
  public ResponseEntity<Map<String, String>> api(ApiException e) {
    return body(e.status(), e.code(), e.getMessage());
  }

  @ExceptionHandler(AuthorizationException.class)
  public ResponseEntity<Map<String, String>> forbidden(AuthorizationException e) {
    return body(HttpStatus.FORBIDDEN, "FORBIDDEN", "无权访问该记录。");
  }

  @ExceptionHandler(BadUserRequestException.class)
  public ResponseEntity<Map<String, String>> badUserRequest(BadUserRequestException e) {
    return body(HttpStatus.BAD_REQUEST, "BAD_REQUEST", e.getMessage());
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  public ResponseEntity<Map<String, String>> invalid(MethodArgumentNotValidException e) {
    String message = e.getBindingResult().getFieldErrors().stream()
        .map(error -> error.getField() + "：" + error.getDefaultMessage())
        .collect(Collectors.joining("；"));
    return body(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", message);
  }

  @ExceptionHandler({HttpMessageNotReadableException.class,
      MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
  public ResponseEntity<Map<String, String>> unreadable(Exception e) {
    return body(HttpStatus.BAD_REQUEST, "BAD_REQUEST", "请求格式不正确，请检查参数。");
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  public ResponseEntity<Map<String, String>> tooLarge(MaxUploadSizeExceededException e) {
    return body(HttpStatus.PAYLOAD_TOO_LARGE, "TOO_LARGE", "上传文件过大（不超过 10 MB）。");
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  public ResponseEntity<Map<String, String>> method(HttpRequestMethodNotSupportedException e) {
    return body(HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED", "不支持该请求方法。");
  }

  @ExceptionHandler(NoResourceFoundException.class)
  public ResponseEntity<Map<String, String>> noResource(NoResourceFoundException e) {
    return body(HttpStatus.NOT_FOUND, "NOT_FOUND", "请求的地址不存在。");
  }

  @ExceptionHandler(Exception.class)
  public ResponseEntity<Map<String, String>> unexpected(Exception e) {
    LOG.error("Unexpected API failure", e);
    return body(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", "服务器内部错误，请稍后重试或联系管理员。");
  }

  private static ResponseEntity<Map<String, String>> body(
      HttpStatus status, String code, String message) {
    return ResponseEntity.status(status).body(Map.of("error", code, "message", message));
  }
}
