package cn.partyunion.workflow.enterprisedesignation;

import cn.partyunion.workflow.shared.identity.LoginProvisioning.Login;
import java.util.List;
import java.util.Set;

/**
 * One register of DOMAIN §7 kept by the organization department: its fields, how a checked row
 * becomes a record, the checks against the register as it stands (references, uniqueness), its
 * storage and what registering a row provisions in the engine. {@link RegisterService} runs the
 * API, import and export over any of them.
 *
 * @param <T> the register's record (its JSON shape)
 */
abstract class Register<T> {

  /** Checks rows against the register as it stood when the checker was made. */
  @FunctionalInterface
  interface Checker<T> {
    /**
     * Adds to {@code problems} what is wrong with {@code row} against the register.
     *
     * @param stored the row as stored when {@code row} updates it, null for a new row
     */
    void check(T row, T stored, RegisterValues problems);
  }

  private final String name;
  private final String title;
  private final List<RegisterField> fields;

  Register(String name, String title, List<RegisterField> fields) {
    this.name = name;
    this.title = title;
    this.fields = fields;
  }

  /** The path segment under {@code /api/registers/} ({@code enterprises}). */
  final String name() {
    return name;
  }

  /** The Chinese title (企业登记册 …): sheet name and messages. */
  final String title() {
    return title;
  }

  /** The fields in column order; the first is the key. */
  final List<RegisterField> fields() {
    return fields;
  }

  /** The record of a row whose values have no problems. */
  abstract T build(RegisterValues values);

  /** The row's key (code or user id). */
  abstract String key(T row);

  /** A checker over the register as it stands now (loads what it needs once). */
  abstract Checker<T> checker();

  /** The keys registered now. */
  abstract Set<String> keys();

  /** The registered row, or null. */
  abstract T find(String key);

  /**
   * The rows whose key or name contains {@code like} (a LIKE pattern, null = every row), by key.
   *
   * @param limit rows to return, null = all
   */
  abstract List<T> page(String like, int offset, Integer limit);

  /** How many rows {@link #page} finds in all. */
  abstract long count(String like);

  abstract void insert(T row);

  abstract void update(T row);

  /**
   * Creates or brings up to date what the engine needs for {@code row} (groups, tenant,
   * memberships, logins); runs without the caller's engine authorizations, in its transaction.
   *
   * @param previous the row as it was before an update, null for a new row or a demo row
   * @return the logins created now, with their one-time passwords
   */
  abstract List<Login> provision(T row, T previous);

  /**
   * A person's full name as the engine's last name (姓: the first character) and first name (名: the
   * rest), which Admin and Tasklist show together as the full name.
   */
  static String[] familyAndGiven(String fullName) {
    int first = fullName.offsetByCodePoints(0, 1);
    return new String[] {fullName.substring(0, first), fullName.substring(first)};
  }
}
