package cn.partyunion.workflow.shared.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The faults of the stack that are nobody's input error and get their own answer, found in an
 * exception's cause chain (the engine wraps them into {@code ProcessEngineException}s, Spring into
 * {@code DataAccessException}s):
 *
 * <ul>
 *   <li>{@link Kind#TAKEN} — 409 "该任务已由他人处理，请刷新列表": an optimistic-locking conflict (two users
 *       completing one task at once) or a task completed meanwhile ({@link FaultAnsweringPlugin}
 *       looks it up in the history): a lost race, never 403;
 *   <li>{@link Kind#DEADLOCK} — the database chose this transaction as a deadlock victim (MySQL
 *       error 1213, SQL state 40001) or a lock wait timed out (1205): retried once by {@link
 *       FaultAnsweringPlugin}, then 409 like {@link Kind#TAKEN};
 *   <li>{@link Kind#DATABASE_UNAVAILABLE} — 503 "系统暂时无法连接数据库，请稍后重试" with {@code Retry-After}: no
 *       connection (SQL state class 08, the pool's connection timeout, "No operations allowed after
 *       connection closed", a rollback failed on the pool's "Connection is closed").
 * </ul>
 */
public final class Faults {

  /** Message of a lost race (optimistic locking, task completed meanwhile, deadlock twice). */
  public static final String TAKEN_MESSAGE = "该任务已由他人处理，请刷新列表";

  /** Message while the database cannot be reached. */
  public static final String DATABASE_UNAVAILABLE_MESSAGE = "系统暂时无法连接数据库，请稍后重试";

  /** Seconds a client should wait before trying again while the database is unreachable. */
  public static final int RETRY_AFTER_SECONDS = 15;

  private static final int MYSQL_DEADLOCK = 1213;
  private static final int MYSQL_LOCK_WAIT_TIMEOUT = 1205;

  /** What happened, with the answer's status and type. */
  public enum Kind {
    TAKEN(409, "OptimisticLockingException", TAKEN_MESSAGE),
    DEADLOCK(409, "OptimisticLockingException", TAKEN_MESSAGE),
    DATABASE_UNAVAILABLE(503, "DatabaseUnavailableException", DATABASE_UNAVAILABLE_MESSAGE);

    private final int status;
    private final String type;
    private final String message;

    Kind(int status, String type, String message) {
      this.status = status;
      this.type = type;
      this.message = message;
    }

    public int status() {
      return status;
    }

    public String type() {
      return type;
    }

    public String message() {
      return message;
    }
  }

  private Faults() {}

  /** The fault in {@code failure}'s cause chain; empty for any other failure. */
  public static Optional<Kind> classify(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = next(cause)) {
      Optional<Kind> kind = classifyOne(cause);
      if (kind.isPresent()) {
        return kind;
      }
    }
    return Optional.empty();
  }

  private static Optional<Kind> classifyOne(Throwable cause) {
    if (cause instanceof SQLTransientConnectionException
        || cause instanceof SQLNonTransientConnectionException
        || cause instanceof DataAccessResourceFailureException
        || cause instanceof CannotCreateTransactionException
        || cause instanceof java.net.ConnectException) {
      return Optional.of(Kind.DATABASE_UNAVAILABLE);
    }
    if (cause instanceof SQLException sql) {
      String state = sql.getSQLState();
      if (state != null && state.startsWith("08")) {
        return Optional.of(Kind.DATABASE_UNAVAILABLE);
      }
      if ("40001".equals(state)
          || sql.getErrorCode() == MYSQL_DEADLOCK
          || sql.getErrorCode() == MYSQL_LOCK_WAIT_TIMEOUT) {
        return Optional.of(Kind.DEADLOCK);
      }
    }
    if (cause instanceof PessimisticLockingFailureException
        || cause instanceof CannotAcquireLockException) {
      return Optional.of(Kind.DEADLOCK);
    }
    String message = cause.getMessage() == null ? "" : cause.getMessage();
    if (message.contains("No operations allowed after connection closed")
        || message.equals("Connection is closed")
        || message.contains("Communications link failure")) {
      return Optional.of(Kind.DATABASE_UNAVAILABLE);
    }
    if (message.contains("Deadlock found")) {
      return Optional.of(Kind.DEADLOCK);
    }
    if (cause instanceof OptimisticLockingException) {
      return Optional.of(Kind.TAKEN);
    }
    return Optional.empty();
  }

  private static Throwable next(Throwable cause) {
    if (cause instanceof SQLException sql && sql.getNextException() != null) {
      return sql.getNextException();
    }
    return cause.getCause() == cause ? null : cause.getCause();
  }
}
