package cn.partyunion.workflow.shared.security;

import cn.partyunion.workflow.shared.web.UserFacingError;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The second factor at the webapps' login ({@code POST
 * /camunda/api/admin/auth/user/default/login/<app>}, form fields {@code username}, {@code password}
 * and {@code code}): for a user with a confirmed second factor ({@link SecondFactor}) the password
 * is checked first, by the webapps as always (login delay, audit); only when it was right is the
 * code checked, and without a valid unused code the new login session is ended at once and the
 * answer is 401 with {@code type} {@value #REQUIRED} (no code sent: the login form asks for one) or
 * {@value #INVALID} and a Chinese message. Users without a second factor log in as before.
 */
public class SecondFactorLoginFilter extends OncePerRequestFilter {

  /** The refusal's type when the code is missing. */
  public static final String REQUIRED = "SECOND_FACTOR_REQUIRED";

  /** The refusal's type when the code is wrong or used already. */
  public static final String INVALID = "SECOND_FACTOR_INVALID";

  private final SecondFactor secondFactor;

  public SecondFactorLoginFilter(SecondFactor secondFactor) {
    this.secondFactor = secondFactor;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod());
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String user = request.getParameter("username");
    if (user == null || !secondFactor.enrolled(user)) {
      chain.doFilter(request, response);
      return;
    }
    ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, buffered);
    if (buffered.getStatus() != HttpServletResponse.SC_OK) {
      buffered.copyBodyToResponse();
      return;
    }
    String code = request.getParameter("code");
    boolean missing = code == null || code.isBlank();
    if (!missing && secondFactor.verifyLogin(user, code.trim())) {
      buffered.copyBodyToResponse();
      return;
    }
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    buffered.resetBuffer();
    String type = missing ? REQUIRED : INVALID;
    String message =
        missing ? "该账号已启用动态验证码，请输入验证器应用显示的 6 位数字。" : "动态验证码不正确或已使用，请输入验证器应用当前显示的 6 位数字。";
    UserFacingError.remember(HttpServletResponse.SC_UNAUTHORIZED, type, message);
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setContentType("application/json;charset=UTF-8");
    response
        .getWriter()
        .write(
            "{\"type\":\""
                + type
                + "\",\"error\":\""
                + type
                + "\",\"message\":\""
                + message
                + "\"}");
  }
}
