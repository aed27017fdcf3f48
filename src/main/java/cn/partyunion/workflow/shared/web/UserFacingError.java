package cn.partyunion.workflow.shared.web;

/**
 * Remembers, for the current thread, the last error that is the user's to fix (bad input, work on
 * somebody else's task), so that {@link UserFacingErrorFilter} can answer the engine's REST APIs
 * with its status and Chinese message instead of the engine's wrapped 500.
 */
public final class UserFacingError {

  private static final ThreadLocal<UserFacingError> LAST = new ThreadLocal<>();

  private final int status;
  private final String type;
  private final String message;

  private UserFacingError(int status, String type, String message) {
    this.status = status;
    this.type = type;
    this.message = message;
  }

  /** Records an error of the current request; called by the exceptions that carry one. */
  public static void remember(int status, String type, String chineseMessage) {
    LAST.set(new UserFacingError(status, type, chineseMessage));
  }

  /** Records an error unless the current request already recorded a more precise one. */
  public static void rememberUnlessRecorded(int status, String type, String chineseMessage) {
    if (LAST.get() == null) {
      remember(status, type, chineseMessage);
    }
  }

  static UserFacingError peek() {
    return LAST.get();
  }

  static void clear() {
    LAST.remove();
  }

  int status() {
    return status;
  }

  String type() {
    return type;
  }

  String message() {
    return message;
  }
}
