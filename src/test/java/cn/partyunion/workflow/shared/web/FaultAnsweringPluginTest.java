package cn.partyunion.workflow.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.partyunion.workflow.WorkflowSpringTest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The engine's faults provoked for real through the engine's command chain: two commands changing
 * one task at once (optimistic locking) → 409 "该任务已由他人处理，请刷新列表"; two commands locking two rows in
 * opposite order (a deadlock) → the victim runs once more and succeeds; a second deadlock → 409; a
 * command without a database connection → 503.
 */
@WorkflowSpringTest
class FaultAnsweringPluginTest {

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  private CommandExecutor commands;

  @BeforeEach
  void setUp() {
    commands =
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
            .getCommandExecutorTxRequired();
    UserFacingError.clear();
  }

  @AfterEach
  void clear() {
    UserFacingError.clear();
  }

  @Test
  void aTaskChangedByAnotherCommandMeanwhileIsAnsweredAsTaken() throws Exception {
    Task task = engine.getTaskService().newTask();
    task.setName("并发测试任务");
    engine.getTaskService().saveTask(task);
    CountDownLatch loaded = new CountDownLatch(1);
    CountDownLatch changed = new CountDownLatch(1);
    CompletableFuture<Throwable> slow =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                commands.execute(
                    context -> {
                      TaskEntity entity = context.getTaskManager().findTaskById(task.getId());
                      loaded.countDown();
                      await(changed);
                      entity.setDescription("后提交的修改");
                      return null;
                    });
                return null;
              } catch (RuntimeException e) {
                UserFacingError remembered = UserFacingError.peek();
                return remembered == null
                    ? e
                    : new IllegalStateException(
                        remembered.status() + " " + remembered.message(), e);
              }
            });
    await(loaded);
    Task fresh = engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult();
    fresh.setDescription("先提交的修改");
    engine.getTaskService().saveTask(fresh);
    changed.countDown();

    Throwable failure = slow.get(30, TimeUnit.SECONDS);
    assertThat(failure).hasMessage("409 " + Faults.TAKEN_MESSAGE);
    assertThat(failure.getCause()).isInstanceOf(OptimisticLockingException.class);
    engine.getTaskService().deleteTask(task.getId(), true);
  }

  @Test
  void aDeadlockVictimRunsOnceMoreAndSucceeds() throws Exception {
    jdbc.update("DELETE FROM ACT_GE_PROPERTY WHERE NAME_ IN ('faultTestA', 'faultTestB')");
    jdbc.update("INSERT INTO ACT_GE_PROPERTY (NAME_, VALUE_, REV_) VALUES ('faultTestA', '0', 1)");
    jdbc.update("INSERT INTO ACT_GE_PROPERTY (NAME_, VALUE_, REV_) VALUES ('faultTestB', '0', 1)");
    CountDownLatch firstRowsLocked = new CountDownLatch(2);
    AtomicInteger runs = new AtomicInteger();
    CompletableFuture<Void> ab =
        CompletableFuture.runAsync(
            () -> commands.execute(lockInOrder("faultTestA", "faultTestB", firstRowsLocked, runs)));
    CompletableFuture<Void> ba =
        CompletableFuture.runAsync(
            () -> commands.execute(lockInOrder("faultTestB", "faultTestA", firstRowsLocked, runs)));
    CompletableFuture.allOf(ab, ba).get(90, TimeUnit.SECONDS);

    assertThat(runs.get()).as("the victim ran twice").isEqualTo(3);
    assertThat(
            jdbc.queryForList(
                "SELECT VALUE_ FROM ACT_GE_PROPERTY WHERE NAME_ IN ('faultTestA', 'faultTestB')",
                String.class))
        .containsExactly("0xx", "0xx");
    jdbc.update("DELETE FROM ACT_GE_PROPERTY WHERE NAME_ IN ('faultTestA', 'faultTestB')");
  }

  @Test
  void aSecondDeadlockIsAnsweredAsTakenAndAMissingConnectionAs503() {
    FaultAnsweringPlugin.Answering answering = new FaultAnsweringPlugin.Answering(() -> null);
    AtomicInteger runs = new AtomicInteger();
    answering.setNext(
        failing(
            runs,
            new SQLException("Deadlock found when trying to get lock", "40001", 1213),
            "An exception occurred in the persistence layer"));
    assertThatThrownBy(() -> answering.execute(context -> null))
        .isInstanceOf(ProcessEngineException.class);
    assertThat(runs.get()).isEqualTo(2);
    assertThat(UserFacingError.peek().status()).isEqualTo(409);
    assertThat(UserFacingError.peek().message()).isEqualTo(Faults.TAKEN_MESSAGE);

    UserFacingError.clear();
    answering.setNext(
        failing(
            runs,
            new SQLTransientConnectionException("Connection is not available", "08001"),
            "JDBC rollback; No operations allowed after connection closed"));
    assertThatThrownBy(() -> answering.execute(context -> null))
        .isInstanceOf(ProcessEngineException.class);
    assertThat(runs.get()).as("no retry without a database").isEqualTo(3);
    assertThat(UserFacingError.peek().status()).isEqualTo(503);
    assertThat(UserFacingError.peek().message()).isEqualTo(Faults.DATABASE_UNAVAILABLE_MESSAGE);
  }

  /**
   * Seen in the system test with the database down: the engine's rollback fails on the pool's
   * closed connection, and only "Connection is closed" is left in the cause chain.
   */
  @Test
  void aFailedRollbackOnAClosedConnectionIsAnswered503() {
    FaultAnsweringPlugin.Answering answering = new FaultAnsweringPlugin.Answering(() -> null);
    UserFacingError.clear();
    answering.setNext(
        new CommandInterceptor() {
          @Override
          public <T> T execute(Command<T> command) {
            throw new ProcessEngineException(
                "An exception occurred in the persistence layer",
                new org.springframework.transaction.TransactionSystemException(
                    "JDBC rollback failed", new SQLException("Connection is closed")));
          }
        });
    assertThatThrownBy(() -> answering.execute(context -> null))
        .isInstanceOf(ProcessEngineException.class);
    assertThat(UserFacingError.peek().status()).isEqualTo(503);
  }

  private static CommandInterceptor failing(AtomicInteger runs, SQLException cause, String text) {
    return new CommandInterceptor() {
      @Override
      public <T> T execute(Command<T> command) {
        runs.incrementAndGet();
        throw new ProcessEngineException(text, cause);
      }
    };
  }

  private static Command<Void> lockInOrder(
      String first, String second, CountDownLatch firstRowsLocked, AtomicInteger runs) {
    return context -> {
      runs.incrementAndGet();
      Connection connection = context.getDbSqlSession().getSqlSession().getConnection();
      try (Statement statement = connection.createStatement()) {
        statement.executeUpdate(append(first));
        firstRowsLocked.countDown();
        await(firstRowsLocked);
        statement.executeUpdate(append(second));
      } catch (SQLException e) {
        throw new ProcessEngineException("An exception occurred in the persistence layer", e);
      }
      return null;
    };
  }

  private static String append(String name) {
    return "UPDATE ACT_GE_PROPERTY SET VALUE_ = CONCAT(VALUE_, 'x') WHERE NAME_ = '" + name + "'";
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(20, TimeUnit.SECONDS)) {
        throw new IllegalStateException("timed out");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
