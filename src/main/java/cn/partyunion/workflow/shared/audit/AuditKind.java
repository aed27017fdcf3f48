package cn.partyunion.workflow.shared.audit;

import cn.partyunion.workflow.shared.Labelled;

/** What an audit row records (issue 16; GB/T 22239-2019 8.1.4.3 a: "重要的用户行为和重要安全事件"). */
public enum AuditKind implements Labelled {
  /** A password check: the webapps' login, HTTP Basic on {@code /engine-rest} and {@code /api}. */
  LOGIN("登录"),
  /** The webapps' logout (Tasklist, Cockpit, Admin, workbench). */
  LOGOUT("退出"),
  /** An answer of the application API that shows full resident ID numbers. */
  ID_NUMBER_VIEW("查看完整身份证号"),
  /** A list exported as a spreadsheet ({@code .xlsx}). */
  EXPORT("导出"),
  /** A register written through the application API (e.g. the chair register). */
  REGISTER_CHANGE("登记册变更"),
  /** An authorization created, changed or deleted (the engine's user operation log). */
  AUTHORIZATION_CHANGE("权限变更"),
  /**
   * Any other administrator's or operator's action the engine's user operation log records (users,
   * groups, tenants, memberships, deployments, jobs, instances).
   */
  ADMIN_ACTION("管理操作"),
  /**
   * The second factor (TOTP): an enrolment started or confirmed, a code at the login accepted or
   * refused.
   */
  SECOND_FACTOR("动态验证码");

  private final String label;

  AuditKind(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
