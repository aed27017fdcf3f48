package cn.partyunion.workflow.memberdevelopment;

import static cn.partyunion.workflow.memberdevelopment.MemberDevelopmentModel.*;

import cn.partyunion.workflow.shared.demo.DemoHistory;
import cn.partyunion.workflow.shared.demo.DemoHistoryStep;
import cn.partyunion.workflow.shared.demo.DemoPeople;
import cn.partyunion.workflow.shared.engine.EngineClock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo history of the member-development procedure (profile {@code demo}, {@code
 * partyunion.demo.history=true}, DOMAIN §6): applicants registered by the demo branches over the
 * {@value #MONTHS} months before the start and driven along the procedure by the demo users
 * themselves — the branch ({@code branch01}…), its park committee ({@code park01}…), the
 * organization department ({@code orgdept01}) — with the engine clock set to each step's moment and
 * every statutory timing kept (talk within a month, a year as activist, five working days of
 * publicity, a year of probation; the half-yearly inspections fired and recorded). Each plan stops
 * at one open task, so that the demo holds applicants waiting for their talk, activists,
 * development targets, probationary members at each step and full members (archived). Deterministic
 * (seed {@value #SEED}). The cases handed over by the direct-report history wait for their talk. No
 * timer is left due before the real time. Loaded once per database (marker of {@link DemoHistory}).
 */
@Component
@Profile("demo")
@Order(14)
public class MemberDevelopmentDemoHistory implements DemoHistoryStep {

  /** The marker's part name. */
  public static final String PART = "memberDevelopment";

  static final int MONTHS = 36;
  static final long SEED = 20_141_001L;

  private static final String ORGDEPT_USER = "orgdept01";

  /**
   * One applicant's plan: registered {@code monthsAgo} months before the start, driven along the
   * straight path and left open at {@code openAt} ({@code null}: through to full membership).
   */
  record Plan(int monthsAgo, String openAt) {}

  /**
   * Three or more per stage (APPLICANT, ACTIVIST, DEVELOPMENT_TARGET, PROBATIONARY, FULL_MEMBER).
   */
  static final List<Plan> PLANS =
      List.of(
          new Plan(0, TASK_APPLICANT_TALK),
          new Plan(1, TASK_APPLICANT_TALK),
          new Plan(2, TASK_DETERMINE_ACTIVIST),
          new Plan(3, TASK_FILE_ACTIVIST),
          new Plan(8, TASK_DETERMINE_DEVELOPMENT_TARGET),
          new Plan(11, TASK_DETERMINE_DEVELOPMENT_TARGET),
          new Plan(15, TASK_POLITICAL_REVIEW),
          new Plan(16, TASK_PUBLICITY),
          new Plan(17, TASK_ADMISSION_MEETING),
          new Plan(18, TASK_TAKE_OATH),
          new Plan(20, TASK_CONVERSION_MEETING),
          new Plan(22, TASK_CONVERSION_MEETING),
          new Plan(26, TASK_CONVERSION_MEETING),
          new Plan(31, null),
          new Plan(33, null),
          new Plan(MONTHS, null));

  private static final List<String> TALK_RECORDS =
      List.of(
          "了解入党动机，该同志对党的认识较为端正，表示将以党员标准严格要求自己。",
          "谈话中该同志介绍了个人成长经历和工作情况，入党愿望强烈，态度诚恳。",
          "向该同志讲解了党的基本知识和入党程序，要求其定期向党组织汇报思想。");
  private static final List<String> INSPECTIONS =
      List.of(
          "按时参加党课学习和组织活动，思想汇报认真，工作中起到骨干带头作用。",
          "工作积极主动，在技术攻关中表现突出，群众评价好。",
          "能够按照党员标准要求自己，学习认真，团结同志，乐于助人。");
  private static final List<String> GROUPS = List.of("第一党小组", "第二党小组", "生产党小组", "技术党小组");

  private final DemoHistory history;
  private final BranchMapper branches;
  private final MemberDevelopmentProperties properties;

  public MemberDevelopmentDemoHistory(
      DemoHistory history, BranchMapper branches, MemberDevelopmentProperties properties) {
    this.history = history;
    this.branches = branches;
    this.properties = properties;
  }

  @Override
  public void create(String password) {
    history.load(PART, now -> new Loader(now).run());
  }

  /** Loads the applicants, ending before {@code now}. */
  private final class Loader {

    private final LocalDateTime now;
    private final Random random = new Random(SEED);
    private final DemoPeople people = new DemoPeople(random);

    Loader(LocalDateTime now) {
      this.now = now;
    }

    void run() {
      List<Branch> all = branches.findAll();
      if (all.isEmpty()) {
        return;
      }
      for (int i = 0; i < PLANS.size(); i++) {
        Applicant one = new Applicant(PLANS.get(i), all.get((i * 3) % all.size()));
        history.inTransaction(one::run);
      }
    }

    /** A moment of office hours {@code minDays}..{@code maxDays} days after {@code t}. */
    LocalDateTime after(LocalDateTime t, int minDays, int maxDays) {
      LocalDate day = t.toLocalDate().plusDays(minDays + random.nextInt(maxDays - minDays + 1));
      while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
        day = day.plusDays(1);
      }
      LocalDateTime at = day.atTime(8, 30).plusMinutes(random.nextInt(8 * 60));
      return at.isAfter(t) ? at : t.plusMinutes(10 + random.nextInt(90));
    }

    private final class Applicant {

      private final Plan plan;
      private final Branch branch;
      private String instance;
      private LocalDateTime t;
      private LocalDate activistDate;
      private LocalDate probationEnd;

      Applicant(Plan plan, Branch branch) {
        this.plan = plan;
        this.branch = branch;
      }

      void run() {
        LocalDate applied =
            now.toLocalDate().minusMonths(plan.monthsAgo()).minusDays(5 + random.nextInt(12));
        t = after(applied.atStartOfDay(), 1, 4);
        register(applied);
        String user = branch.code();
        String park = branch.parkCode();
        if (!step(TASK_APPLICANT_TALK, user, 3, 18, this::talk)
            || !step(TASK_DETERMINE_ACTIVIST, user, 15, 40, this::activist)
            || !step(TASK_FILE_ACTIVIST, park, 2, 7, d -> Map.of())) {
          return;
        }
        LocalDateTime earliest = activistDate.plus(properties.minimumActivistPeriod()).atTime(8, 0);
        if (t.isBefore(earliest)) {
          t = after(earliest, 0, 20).minusDays(3);
        }
        if (!step(TASK_DETERMINE_DEVELOPMENT_TARGET, user, 3, 3, this::developmentTarget)
            || !step(
                TASK_POLITICAL_REVIEW, park, 8, 20, d -> Map.of(POLITICAL_REVIEW_PASSED, "true"))
            || !step(TASK_RECORD_TRAINING, park, 7, 20, d -> training())
            || !step(TASK_PRE_REVIEW, park, 3, 8, d -> Map.of(COMMENT, "经支部委员会审查、上级党委预审，符合发展条件。"))
            || !step(TASK_PUBLICITY, park, 9, 12, this::publicity)
            || !step(TASK_ADMISSION_MEETING, user, 2, 8, d -> meeting(VOLUNTEER_FORM_DATE, d))
            || !step(TASK_ADMISSION_APPROVAL, park, 10, 40, this::approval)
            || !step(TASK_FILE_WITH_ORGDEPT, ORGDEPT_USER, 2, 7, d -> Map.of())
            || !step(TASK_TAKE_OATH, user, 3, 10, this::oath)) {
          return;
        }
        probationEnd = LocalDate.parse((String) history.variableOf(instance, PROBATION_END));
        LocalDateTime probationEnds = probationEnd.atTime(8, 0);
        if (t.isBefore(probationEnds)) {
          t = after(probationEnds, 0, 10).minusDays(3);
        }
        if (!step(TASK_CONVERSION_MEETING, user, 3, 3, d -> meeting(CONVERSION_APPLICATION_DATE, d))
            || !step(
                TASK_CONVERSION_APPROVAL, park, 10, 40, d -> Map.of(CONVERSION_DECISION, "CONVERT"))
            || !step(TASK_ARCHIVE, user, 3, 10, d -> Map.of(ARCHIVED, true))) {
          return;
        }
        catchUp(now);
      }

      private void register(LocalDate applied) {
        boolean male = random.nextInt(100) < 60;
        LocalDate birth =
            applied.minusYears(20 + random.nextInt(22)).minusDays(random.nextInt(365));
        Map<String, Object> values = new HashMap<>();
        values.put(CANDIDATE_NAME, people.name(male));
        values.put(GENDER, male ? "MALE" : "FEMALE");
        values.put(BIRTH_DATE, birth.toString());
        values.put(APPLICATION_DATE, applied.toString());
        history.at(t);
        instance = history.start(branch.code(), PROCESS_KEY, values).getId();
      }

      /**
       * Completes {@code taskKey} as {@code user} {@code minDays}..{@code maxDays} days after the
       * last step, the timers due meanwhile fired and their inspections recorded.
       *
       * @return false when the plan leaves the task open, or its moment is not yet past
       */
      private boolean step(
          String taskKey,
          String user,
          int minDays,
          int maxDays,
          java.util.function.Function<LocalDate, Map<String, Object>> values) {
        if (taskKey.equals(plan.openAt())) {
          catchUp(now);
          return false;
        }
        LocalDateTime at = after(t, minDays, maxDays);
        if (!at.isBefore(now)) {
          catchUp(now);
          return false;
        }
        catchUp(at);
        Task task = history.task(instance, taskKey);
        if (task == null) {
          throw new IllegalStateException("demo applicant " + instance + " has no task " + taskKey);
        }
        history.at(at);
        history.complete(user, task, values.apply(at.toLocalDate()));
        t = at;
        return true;
      }

      /** Fires the inspection timers due before {@code until} and records the inspections. */
      private void catchUp(LocalDateTime until) {
        while (true) {
          Job timer = history.job(instance);
          if (timer == null || timer.getDuedate() == null) {
            return;
          }
          LocalDateTime due = EngineClock.toLocal(timer.getDuedate());
          if (!due.isBefore(until)) {
            return;
          }
          history.at(due.plusMinutes(1));
          history.runDueJobsOf(instance);
          LocalDateTime inspected = after(due, 2, 10);
          if (!inspected.isBefore(until)) {
            inspected = due.plusMinutes(2 + random.nextInt(30));
          }
          if (!inspected.isBefore(now)) {
            return; // the inspection is open
          }
          for (String key : List.of(TASK_INSPECT_ACTIVIST, TASK_INSPECT_PROBATIONARY)) {
            for (Task task : history.tasks(instance, key)) {
              history.at(inspected);
              history.complete(
                  branch.code(),
                  task,
                  Map.of(
                      INSPECTION_DATE,
                      inspected.toLocalDate().toString(),
                      INSPECTION_RECORD,
                      people.pick(INSPECTIONS)));
            }
          }
        }
      }

      private Map<String, Object> talk(LocalDate day) {
        return Map.of(
            TALK_DATE,
            day.toString(),
            TALKER,
            people.name(random.nextBoolean()),
            TALK_RECORD,
            people.pick(TALK_RECORDS));
      }

      private Map<String, Object> activist(LocalDate day) {
        activistDate = day;
        return Map.of(
            RECOMMENDATION_METHOD,
            random.nextBoolean() ? "MEMBER_RECOMMENDATION" : "MASS_ORGANIZATION",
            ACTIVIST_DATE,
            day.toString(),
            CULTIVATION_CONTACTS,
            people.name(true) + "、" + people.name(false));
      }

      private Map<String, Object> developmentTarget(LocalDate day) {
        return Map.of(
            DEVELOPMENT_TARGET_DATE,
            day.toString(),
            INTRODUCERS,
            people.name(true) + "、" + people.name(false));
      }

      private Map<String, Object> training() {
        return random.nextBoolean()
            ? Map.of(TRAINING_DAYS, properties.minimumTrainingDays() + random.nextInt(3))
            : Map.of(TRAINING_HOURS, properties.minimumTrainingHours() + 8 * random.nextInt(2));
      }

      /** Seven calendar days ending a day or two before {@code day}: always ≥ 5 working days. */
      private Map<String, Object> publicity(LocalDate day) {
        LocalDate end = day.minusDays(1 + random.nextInt(2));
        return Map.of(
            PUBLICITY_START,
            end.minusDays(7).toString(),
            PUBLICITY_END,
            end.toString(),
            PUBLICITY_OBJECTIONS,
            "false");
      }

      /** A valid meeting: more than half present, more than half of all in favour. */
      private Map<String, Object> meeting(String formDate, LocalDate day) {
        int voting = 9 + random.nextInt(25);
        int present = voting - random.nextInt(voting / 3);
        int votesFor = present - random.nextInt(2);
        Map<String, Object> v = new HashMap<>();
        v.put(formDate, day.minusDays(1 + random.nextInt(5)).toString());
        v.put(MEETING_DATE, day.toString());
        v.put(MEMBERS_WITH_VOTING_RIGHTS, voting);
        v.put(MEMBERS_PRESENT, present);
        v.put(VOTES_FOR, votesFor);
        v.put(VOTES_AGAINST, 0);
        v.put(ABSTENTIONS, present - votesFor);
        return v;
      }

      private Map<String, Object> approval(LocalDate day) {
        return Map.of(
            COMMITTEE_TALK_DATE,
            day.minusDays(1 + random.nextInt(5)).toString(),
            COMMITTEE_TALKER,
            people.name(random.nextBoolean()),
            APPROVED,
            "true");
      }

      private Map<String, Object> oath(LocalDate day) {
        return Map.of(OATH_DATE, day.toString(), PARTY_GROUP, people.pick(GROUPS));
      }
    }
  }
}
