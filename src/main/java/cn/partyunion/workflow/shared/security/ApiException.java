package cn.partyunion.workflow.shared.security;

import org.springframework.http.HttpStatus;

/**
 * An error of the application API, rendered as {@code {"error": code, "message": 中文}} with its HTTP
 * status (DOMAIN §5: a refused access is 403, never an empty 200).
 */
public class ApiException extends RuntimeException {

  private final HttpStatus status;
  private final String code;

  public ApiException(HttpStatus status, String code, String chineseMessage) {
    super(chineseMessage);
    this.status = status;
    this.code = code;
  }

  public static ApiException unauthenticated() {
    return new ApiException(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", "请先登录（用户名和密码）。");
  }

  public static ApiException forbidden(String chineseMessage) {
    return new ApiException(HttpStatus.FORBIDDEN, "FORBIDDEN", chineseMessage);
  }

  public static ApiException notFound(String chineseMessage) {
    return new ApiException(HttpStatus.NOT_FOUND, "NOT_FOUND", chineseMessage);
  }

  public static ApiException badRequest(String chineseMessage) {
    return new ApiException(HttpStatus.BAD_REQUEST, "BAD_REQUEST", chineseMessage);
  }

  public HttpStatus status() {
    return status;
  }

  public String code() {
    return code;
  }
}
