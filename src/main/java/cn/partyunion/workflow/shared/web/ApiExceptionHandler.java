package cn.partyunion.workflow.shared.web;

import cn.partyunion.workflow.shared.security.ApiException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every failure of the application API into {@code {"error", "message"}} JSON with a Chinese
 * message and a 4xx status; unexpected failures become 500 without a stack trace in the answer
 * (logged at ERROR) — except the stack's own faults ({@link Faults}): a lost race 409, an
 * unreachable database 503 with {@code Retry-After}. Messages never name Java classes or SQL: a
 * JSON value of the wrong type names the field and the expected kind of value, e.g. "字段
 * unionMembers 的值不正确（应为整数）。".
 *
 * <p>Codes: {@code BAD_REQUEST} 400, {@code VALIDATION_FAILED} 400 (bean validation), {@code
 * UNSUPPORTED_MEDIA_TYPE} 415, {@code FORBIDDEN} 403, {@code NOT_FOUND} 404, {@code
 * METHOD_NOT_ALLOWED} 405, {@code TOO_LARGE} 413, {@code INTERNAL_ERROR} 500, and those of {@link
 * ApiException}.
 */
@RestControllerAdvice
public class ApiExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

  private final MultipartProperties multipart;

  public ApiExceptionHandler(MultipartProperties multipart) {
    this.multipart = multipart;
  }

  private static final String BAD_REQUEST = "请求格式不正确，请检查参数。";

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
    String message =
        e.getBindingResult().getFieldErrors().stream()
            .map(error -> error.getField() + "：" + error.getDefaultMessage())
            .collect(Collectors.joining("；"));
    return body(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", message);
  }

  /** A body that is no JSON, JSON of the wrong shape, or a value of the wrong type. */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  public ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException e) {
    return body(HttpStatus.BAD_REQUEST, "BAD_REQUEST", unreadableMessage(e.getCause()));
  }

  @ExceptionHandler({
    MethodArgumentTypeMismatchException.class,
    MissingServletRequestParameterException.class
  })
  public ResponseEntity<Map<String, String>> badParameter(Exception e) {
    return body(HttpStatus.BAD_REQUEST, "BAD_REQUEST", BAD_REQUEST);
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  public ResponseEntity<Map<String, String>> mediaType(HttpMediaTypeNotSupportedException e) {
    String supported =
        e.getSupportedMediaTypes().stream()
            .map(MediaType::toString)
            .collect(Collectors.joining("、"));
    return body(
        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        "UNSUPPORTED_MEDIA_TYPE",
        "不支持该请求内容类型（Content-Type）" + (supported.isEmpty() ? "" : "，应为 " + supported) + "。");
  }

  @ExceptionHandler(MissingServletRequestPartException.class)
  public ResponseEntity<Map<String, String>> missingPart(MissingServletRequestPartException e) {
    return body(
        HttpStatus.BAD_REQUEST, "BAD_REQUEST", "缺少上传的文件（表单字段 " + e.getRequestPartName() + "）。");
  }

  /** Over Spring's multipart limit: 413 naming {@code spring.servlet.multipart.max-file-size}. */
  @ExceptionHandler(MaxUploadSizeExceededException.class)
  public ResponseEntity<Map<String, String>> tooLarge(MaxUploadSizeExceededException e) {
    return body(
        HttpStatus.PAYLOAD_TOO_LARGE,
        "TOO_LARGE",
        "上传文件过大（不超过 " + multipart.getMaxFileSize().toMegabytes() + " MB）。");
  }

  /** Not a multipart request, or a multipart body that cannot be read. */
  @ExceptionHandler(MultipartException.class)
  public ResponseEntity<Map<String, String>> multipart(MultipartException e) {
    return body(
        HttpStatus.BAD_REQUEST, "BAD_REQUEST", "上传内容无法读取：请以 multipart/form-data 上传文件（表单字段 file）。");
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  public ResponseEntity<Map<String, String>> method(HttpRequestMethodNotSupportedException e) {
    return body(HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED", "不支持该请求方法。");
  }

  @ExceptionHandler(NoResourceFoundException.class)
  public ResponseEntity<Map<String, String>> noResource(NoResourceFoundException e) {
    return body(HttpStatus.NOT_FOUND, "NOT_FOUND", "请求的地址不存在。");
  }

  /**
   * Any other failure: Spring MVC's own request errors keep their 4xx status with a Chinese message
   * by status; everything else is a 500, logged with its stack trace.
   */
  @ExceptionHandler(Exception.class)
  public ResponseEntity<Map<String, String>> unexpected(Exception e) {
    if (e instanceof ErrorResponse error && error.getStatusCode().is4xxClientError()) {
      return byStatus(error.getStatusCode());
    }
    Optional<Faults.Kind> fault = Faults.classify(e);
    if (fault.isPresent()) {
      Faults.Kind kind = fault.get();
      LOG.warn("API call answered {}: {}", kind.status(), kind, e);
      ResponseEntity.BodyBuilder answer = ResponseEntity.status(kind.status());
      if (kind == Faults.Kind.DATABASE_UNAVAILABLE) {
        answer.header(HttpHeaders.RETRY_AFTER, String.valueOf(Faults.RETRY_AFTER_SECONDS));
      }
      return answer
          .contentType(MediaType.APPLICATION_JSON)
          .body(Map.of("error", kind.name(), "message", kind.message()));
    }
    LOG.error("Unexpected API failure", e);
    return body(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", "服务器内部错误，请稍后重试或联系管理员。");
  }

  private static ResponseEntity<Map<String, String>> byStatus(HttpStatusCode status) {
    return switch (status.value()) {
      case 404 -> body(HttpStatus.NOT_FOUND, "NOT_FOUND", "请求的地址不存在。");
      case 405 -> body(HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED", "不支持该请求方法。");
      case 406 ->
          body(
              HttpStatus.NOT_ACCEPTABLE,
              "NOT_ACCEPTABLE",
              "无法以请求的格式返回结果（Accept 应包含 application/json）。");
      case 413 -> body(HttpStatus.PAYLOAD_TOO_LARGE, "TOO_LARGE", "请求内容过大。");
      case 415 ->
          body(
              HttpStatus.UNSUPPORTED_MEDIA_TYPE,
              "UNSUPPORTED_MEDIA_TYPE",
              "不支持该请求内容类型（Content-Type）。");
      default -> body(status, "BAD_REQUEST", BAD_REQUEST);
    };
  }

  /** The Chinese explanation of an unreadable JSON body (Jackson's exception as cause). */
  static String unreadableMessage(Throwable cause) {
    if (cause instanceof UnrecognizedPropertyException unknown) {
      return "请求中有不认识的字段：" + path(unknown) + "。";
    }
    if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
      return "字段 " + path(mismatch) + " 的值不正确" + expected(mismatch.getTargetType()) + "。";
    }
    if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      return "字段 " + path(mapping) + " 的值不正确。";
    }
    if (cause instanceof MismatchedInputException) {
      return "请求内容的结构不正确（应为一个 JSON 对象）。";
    }
    if (cause instanceof JsonProcessingException) {
      return "请求内容不是有效的 JSON。";
    }
    return "缺少请求内容，或请求内容不是有效的 JSON。";
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining("."))
        .replace(".[", "[");
  }

  private static final Set<Class<?>> INTEGERS =
      Set.of(
          Integer.class,
          int.class,
          Long.class,
          long.class,
          Short.class,
          short.class,
          BigInteger.class);
  private static final Set<Class<?>> NUMBERS =
      Set.of(Double.class, double.class, Float.class, float.class, BigDecimal.class);

  private static String expected(Class<?> type) {
    if (type == null) {
      return "";
    }
    if (INTEGERS.contains(type)) {
      return "（应为整数）";
    }
    if (NUMBERS.contains(type)) {
      return "（应为数字）";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "（应为 true 或 false）";
    }
    if (CharSequence.class.isAssignableFrom(type)) {
      return "（应为文本）";
    }
    if (type == LocalDate.class) {
      return "（应为日期，格式 yyyy-MM-dd）";
    }
    if (Temporal.class.isAssignableFrom(type)) {
      return "（应为日期时间）";
    }
    if (type.isEnum()) {
      return "（应为规定的取值之一）";
    }
    return "";
  }

  private static ResponseEntity<Map<String, String>> body(
      HttpStatusCode status, String code, String message) {
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("error", code, "message", message));
  }
}
