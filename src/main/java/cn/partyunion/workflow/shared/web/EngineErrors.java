package cn.partyunion.workflow.shared.web;

import java.util.regex.Pattern;

/**
 * The Chinese message (and corrected status) for an error answer of the engine's REST API, chosen
 * by status and by the exception type the engine names in its body or message. The engine's own
 * text is only inspected, never shown.
 */
final class EngineErrors {

  static final String BAD_REQUEST = "请求格式或参数不正确。";
  static final String UNAUTHENTICATED = "请先登录（用户名和密码）。";
  static final String FORBIDDEN = "您没有执行此操作的权限。";
  static final String CSRF = "请求未通过安全校验，请刷新页面后重试；如仍失败，请重新登录。";
  static final String NOT_FOUND = "记录不存在或已处理。";
  static final String CONFLICT = "操作与记录的当前状态冲突，请刷新后重试。";
  static final String ALREADY_CLAIMED = "该任务已被其他人认领，请刷新任务列表。";
  static final String NO_RECEIVER = "没有等待该消息的流程，消息未被处理。";
  static final String WRONG_VALUE_TYPE = "变量的值与其类型不符，请检查输入。";
  static final String INTERNAL = "服务器内部错误，请稍后重试或联系管理员。";

  /**
   * The engine's ways of saying "there is no such record" ("Cannot find task with id …: task is
   * null" when the task never existed; one completed meanwhile is a lost race, 409: {@link
   * FaultAnsweringPlugin}), "… does not exist", "No matching task with id …", "No process instance
   * found …").
   */
  private static final Pattern NOT_FOUND_TEXT =
      Pattern.compile(
          "(?i)cannot find|does not exist|doesn't exist|no matching|not found|\\bno \\S+( \\S+)? found");

  private static final Pattern WRONG_VALUE_TEXT =
      Pattern.compile(
          "(?i)cannot convert value|to java type|cannot instantiate value|"
              + "unsupported value type|value of type .* cannot be");

  private EngineErrors() {}

  /** Status, default type (when the engine named none) and Chinese message to answer. */
  record Answer(int status, String type, String message) {}

  static Answer answer(int status, String type, String message) {
    String text = (type == null ? "" : type) + " " + (message == null ? "" : message);
    if (text.contains("TaskAlreadyClaimedException")) {
      return new Answer(409, "TaskAlreadyClaimedException", ALREADY_CLAIMED);
    }
    if (text.contains("OptimisticLockingException")) {
      return new Answer(409, "OptimisticLockingException", Faults.TAKEN_MESSAGE);
    }
    if (status == 503) {
      return new Answer(503, "DatabaseUnavailableException", Faults.DATABASE_UNAVAILABLE_MESSAGE);
    }
    if (text.contains("MismatchingMessageCorrelationException")) {
      return new Answer(status >= 500 ? 400 : status, "RestException", NO_RECEIVER);
    }
    if ((status == 500 || status == 404) && NOT_FOUND_TEXT.matcher(text).find()) {
      return new Answer(404, "NotFoundException", NOT_FOUND);
    }
    if (status == 400 && WRONG_VALUE_TEXT.matcher(text).find()) {
      return new Answer(400, "InvalidRequestException", WRONG_VALUE_TYPE);
    }
    return switch (status) {
      case 400 -> new Answer(400, "InvalidRequestException", BAD_REQUEST);
      case 401 -> new Answer(401, "AuthenticationException", UNAUTHENTICATED);
      case 403 ->
          new Answer(
              403,
              "AuthorizationException",
              text.contains("CSRFPreventionFilter") ? CSRF : FORBIDDEN);
      case 404 -> new Answer(404, "NotFoundException", NOT_FOUND);
      case 405 -> new Answer(405, "RestException", "不支持该请求方法。");
      case 406 -> new Answer(406, "RestException", "无法以请求的格式返回结果（Accept 应包含 application/json）。");
      case 409 -> new Answer(409, "RestException", CONFLICT);
      case 415 -> new Answer(415, "RestException", "不支持该请求内容类型（Content-Type），应为 application/json。");
      default ->
          status < 500
              ? new Answer(status, "RestException", "请求无法处理，请检查后重试。")
              : new Answer(status, "RestException", INTERNAL);
    };
  }
}
