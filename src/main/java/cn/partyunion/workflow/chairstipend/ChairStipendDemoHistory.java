package cn.partyunion.workflow.chairstipend;

import static cn.partyunion.workflow.chairstipend.ChairStipendChairModel.TASK_ASSESS;
import static cn.partyunion.workflow.chairstipend.ChairStipendChairModel.TASK_SELF_REPORT;
import static cn.partyunion.workflow.chairstipend.ChairStipendModel.TASK_APPROVE_LIST;

import cn.partyunion.workflow.shared.demo.DemoHistory;
import cn.partyunion.workflow.shared.demo.DemoHistoryStep;
import cn.partyunion.workflow.shared.engine.EngineClock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo history of Jiangyin's chair stipend (profile {@code demo}, {@code
 * partyunion.demo.history=true}) over the demo chairs of {@link ChairStipendDemoData}, driven
 * through {@code chairStipend} and {@code chairStipendChair} by the demo users with the engine
 * clock set to each moment (seed {@value #SEED}):
 *
 * <ul>
 *   <li>the quarter before the one just ended, approved: opened by {@code jycity01} on the day
 *       after it ended, self-reports by the chairs (a few miss the deadline and get no stipend when
 *       the deadline timer fires), assessments by the town unions, the city union's approval and
 *       the payment list;
 *   <li>the quarter just ended, open: opened a few days ago, part of the chairs self-reported and
 *       part of those assessed.
 * </ul>
 *
 * The quarter's hourly assessment check of the open quarter may fire once the job executor starts:
 * it only counts again. Loaded once per database (marker of {@link DemoHistory}).
 */
@Component
@Profile("demo")
@Order(13)
public class ChairStipendDemoHistory implements DemoHistoryStep {

  /** The marker's part name. */
  public static final String PART = "chairStipend";

  static final long SEED = 20_250_701L;
  static final int BATCH = 50;

  private static final String CITY_USER = "jycity01";
  private static final List<String> DUTIES =
      List.of(
          "本季度召开工会委员会会议三次，组织职工代表大会一次，审议通过集体合同续签事项；",
          "开展“安康杯”安全知识竞赛和夏季送清凉活动，慰问一线职工一百二十人次；",
          "组织职工参加市总工会技能比武，两名职工获得三等奖；",
          "建立职工困难档案，帮扶困难职工五户，发放帮扶资金八千元；",
          "推进厂务公开，协调解决职工加班工资、食堂就餐等诉求六件；",
          "新发展工会会员二十三名，会员入会率保持在百分之九十五以上；");
  private static final List<String> GOOD_COMMENTS =
      List.of("履职积极，工作成效明显。", "工会工作规范，职工满意度高。", "活动丰富，台账齐全。");
  private static final List<String> FAIR_COMMENTS =
      List.of("基本履行职责，台账资料有待完善。", "工作开展不够经常，需加强。", "述职内容较简单，建议细化工作举措。");

  private final DemoHistory history;
  private final TaskService taskService;

  public ChairStipendDemoHistory(DemoHistory history, org.camunda.bpm.engine.ProcessEngine engine) {
    this.history = history;
    this.taskService = engine.getTaskService();
  }

  @Override
  public void create(String password) {
    history.load(PART, this::load);
  }

  private void load(LocalDateTime now) {
    Random random = new Random(SEED);
    Quarter open = Quarter.endedBefore(now.toLocalDate());
    Quarter approved = open.previous();
    approvedQuarter(approved, now, random);
    openQuarter(open, now, random);
  }

  /** A quarter from its opening to the payment list. */
  private void approvedQuarter(Quarter quarter, LocalDateTime now, Random random) {
    LocalDateTime opened = quarter.lastDay().plusDays(1).atTime(9, 15);
    String pi = openAt(quarter, opened);
    LocalDateTime due =
        EngineClock.toLocal(
            (java.util.Date) history.variableOf(pi, ChairStipendModel.SELF_REPORT_DUE_DATE));
    List<Event> events = new ArrayList<>();
    for (Task task : selfReportTasks(quarter)) {
      if (random.nextInt(100) < 6) {
        continue; // misses the deadline: no stipend
      }
      LocalDateTime reported = between(random, opened.plusHours(2), due.minusHours(6));
      LocalDateTime assessed = between(random, reported.plusHours(20), due.plusDays(12));
      events.add(new Event(reported, () -> selfReport(task, random)));
      events.add(new Event(assessed, () -> assess(task.getProcessInstanceId(), random)));
    }
    events.add(
        new Event(
            due.plusMinutes(1), () -> history.runDueJobs(ChairStipendChairModel.PROCESS_KEY)));
    run(events);
    LocalDateTime checked = due.plusDays(13).withHour(10).withMinute(0);
    history.at(checked);
    history.runDueJobs(ChairStipendModel.PROCESS_KEY); // the hourly check finds every chair done
    Task approval = history.task(pi, TASK_APPROVE_LIST);
    if (approval == null) {
      throw new IllegalStateException("demo quarter " + quarter + " is not ready for approval");
    }
    history.at(checked.plusDays(2).withHour(15));
    history.complete(CITY_USER, approval, Map.of("approved", true, "comment", "经审核，同意按考核结果发放。"));
    history.runDueJobs(ChairStipendModel.PROCESS_KEY); // the payment list
  }

  /** The quarter just ended, opened a few days before {@code now}, half done. */
  private void openQuarter(Quarter quarter, LocalDateTime now, Random random) {
    LocalDateTime opened = now.minusDays(6).withHour(9).withMinute(10);
    LocalDateTime earliest = quarter.lastDay().plusDays(1).atTime(0, 5);
    if (opened.isBefore(earliest)) {
      opened = earliest;
    }
    if (!opened.isBefore(now.minusMinutes(30))) {
      return; // the quarter ended minutes ago: leave it to the schedule
    }
    openAt(quarter, opened);
    List<Event> events = new ArrayList<>();
    for (Task task : selfReportTasks(quarter)) {
      if (random.nextInt(100) < 65) {
        continue; // not yet self-reported
      }
      LocalDateTime reported = between(random, opened.plusMinutes(20), now.minusMinutes(10));
      events.add(new Event(reported, () -> selfReport(task, random)));
      if (random.nextBoolean()) {
        LocalDateTime assessed = between(random, reported.plusMinutes(30), now.minusMinutes(2));
        if (assessed.isBefore(now)) {
          events.add(new Event(assessed, () -> assess(task.getProcessInstanceId(), random)));
        }
      }
    }
    run(events);
  }

  /** Opens {@code quarter} at {@code at} as the city union: roster and one instance per chair. */
  private String openAt(Quarter quarter, LocalDateTime at) {
    history.at(at);
    ProcessInstance pi =
        history.start(
            CITY_USER, ChairStipendModel.PROCESS_KEY, Map.of("quarter", quarter.toString()));
    history.runDueJobs(ChairStipendModel.PROCESS_KEY); // the roster
    history.runDueJobs(ChairStipendChairModel.PROCESS_KEY); // the chairs' instances
    return pi.getId();
  }

  private List<Task> selfReportTasks(Quarter quarter) {
    List<Task> tasks =
        taskService
            .createTaskQuery()
            .processDefinitionKey(ChairStipendChairModel.PROCESS_KEY)
            .processInstanceBusinessKeyLike(quarter + "/%")
            .taskDefinitionKey(TASK_SELF_REPORT)
            .list();
    tasks.sort(Comparator.comparing(Task::getAssignee));
    return tasks;
  }

  private void selfReport(Task task, Random random) {
    String summary =
        DUTIES.get(random.nextInt(DUTIES.size()))
            + DUTIES.get(random.nextInt(DUTIES.size()))
            + "按时完成上级工会布置的各项任务。";
    history.complete(task.getAssignee(), task, Map.of("dutiesSummary", summary));
  }

  private void assess(String chairInstance, Random random) {
    Task task = history.task(chairInstance, TASK_ASSESS);
    if (task == null) {
      return;
    }
    String town = (String) history.variable(task, ChairStipendModel.TOWN_UNIT_CODE);
    int score = random.nextInt(100) < 8 ? 45 + random.nextInt(15) : 62 + random.nextInt(37);
    List<String> comments = score >= 75 ? GOOD_COMMENTS : FAIR_COMMENTS;
    Map<String, Object> values = new HashMap<>();
    values.put("score", score);
    values.put("comment", comments.get(random.nextInt(comments.size())));
    history.complete(town, task, values);
    history.runDueJobsOf(chairInstance); // grade and amount
  }

  /** Runs the events in the order of their moments, {@value #BATCH} to a transaction. */
  private void run(List<Event> events) {
    events.sort(Comparator.comparing(Event::at));
    for (int from = 0; from < events.size(); from += BATCH) {
      List<Event> batch = events.subList(from, Math.min(events.size(), from + BATCH));
      history.inTransaction(
          () -> {
            for (Event event : batch) {
              history.at(event.at());
              event.action().run();
            }
          });
    }
  }

  private record Event(LocalDateTime at, Runnable action) {}

  private static LocalDateTime between(Random random, LocalDateTime from, LocalDateTime to) {
    long minutes = Math.max(1, ChronoUnit.MINUTES.between(from, to));
    return from.plusMinutes((long) (random.nextDouble() * minutes));
  }
}
