package cn.partyunion.workflow.directreport;

import static cn.partyunion.workflow.directreport.DirectReportModel.TASK_LIAISON_REVIEW;
import static cn.partyunion.workflow.directreport.DirectReportModel.TASK_MATURITY_DECISION;
import static cn.partyunion.workflow.directreport.DirectReportModel.TASK_NAME_INSPECTOR;
import static cn.partyunion.workflow.directreport.DirectReportModel.TASK_NAME_MENTOR;
import static cn.partyunion.workflow.directreport.DirectReportModel.TASK_ORGDEPT_APPROVAL;
import static cn.partyunion.workflow.directreport.DirectReportModel.TASK_PARK_REVIEW;
import static cn.partyunion.workflow.directreport.DirectReportModel.TASK_RECORD_INSPECTION;
import static cn.partyunion.workflow.directreport.DirectReportModel.TASK_RESUBMIT_NOMINATION;

import cn.partyunion.workflow.shared.demo.DemoHistory;
import cn.partyunion.workflow.shared.demo.DemoHistoryStep;
import cn.partyunion.workflow.shared.demo.DemoPeople;
import cn.partyunion.workflow.shared.engine.EngineClock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo history of the direct-report channel (profile {@code demo}, {@code
 * partyunion.demo.history=true}): {@value #CASES} cases over the demo enterprises, nominated over
 * the {@value #MONTHS} months before the start and driven through {@code directReport} by the demo
 * users themselves (start form, claim, task forms), with the engine clock set to each step's
 * moment. Deterministic (seed {@value #SEED}). What the history holds:
 *
 * <ul>
 *   <li>under review at each review step (liaison, park, organization department), on time, yellow
 *       (past due) and red (more than twice the review period since the task was created);
 *   <li>returned and waiting for the enterprise's correction; rejected at each step;
 *   <li>in the information database — some returned once and resubmitted on the way, mentor and
 *       inspector named (or still to name), half-yearly inspections recorded, an inspection or a
 *       maturity decision open;
 *   <li>mature (after the minimum cultivation time) at each development stage up to full member;
 *       withdrawn after an inspection.
 * </ul>
 *
 * <p>No timer is left due before the real time: every inspection timer due in the demo's past is
 * fired by the loader, so the job executor finds nothing to catch up. Loaded once per database
 * (marker of {@link DemoHistory}).
 */
@Component
@Profile("demo")
@Order(11)
public class DirectReportDemoHistory implements DemoHistoryStep {

  /** The marker's part name. */
  public static final String PART = "directReport";

  static final int CASES = 260;
  static final int MONTHS = 18;
  static final long SEED = 20_240_601L;

  private static final String ORGDEPT_USER = "orgdept01";

  private static final List<String> EDUCATION = List.of("初中及以下", "高中/中专/技校", "大专", "本科", "研究生");
  private static final List<String> SKILLS = List.of("初级工", "中级工", "高级工", "技师", "高级技师", "无");
  private static final List<String> CHANNELS =
      List.of("链上议事会", "主题党日", "发展沙龙", "行业报告会", "党课", "首席服务员走访", "企业推荐");
  private static final List<String> ETHNICITIES =
      List.of("汉族", "回族", "苗族", "壮族", "彝族", "布依族", "朝鲜族", "蒙古族");
  private static final List<String> HONORS =
      List.of(
          "南通市技术能手",
          "崇川区劳动模范",
          "江苏省五一劳动奖章",
          "企业年度优秀员工",
          "南通市青年岗位能手",
          "崇川区工匠",
          "南通市职业技能竞赛一等奖",
          "江苏省技术能手");
  private static final Map<String, List<String>> JOBS =
      Map.of(
          "新一代信息技术", List.of("软件工程师", "测试工程师", "芯片封装工", "电子装配工", "网络运维工程师"),
          "高端装备制造", List.of("数控车工", "钳工", "电焊工", "装配钳工", "设备维修电工"),
          "新材料", List.of("化工操作工", "质检员", "工艺工程师", "复合材料成型工"),
          "生物医药", List.of("制剂工", "化验员", "质量保证专员", "发酵工"),
          "新能源", List.of("光伏组件装配工", "电池工艺员", "电工", "储能系统调试员"),
          "节能环保", List.of("环保设备安装工", "水处理工", "技术员", "检测员"));
  private static final List<String> ACHIEVEMENTS =
      List.of(
          "多次在市、区职业技能竞赛中获奖",
          "牵头完成多项工艺改进，年节约生产成本数十万元",
          "带徒传艺，先后培养高级工五名",
          "在企业重点项目攻关中发挥骨干作用",
          "获得实用新型专利两项",
          "所在班组连续三年被评为先进班组",
          "提出的合理化建议被企业采纳并推广");
  private static final List<String> ATTITUDES =
      List.of("思想进步，积极向党组织靠拢，群众基础好", "已递交入党申请书，主动参加企业党组织活动", "工作责任心强，在职工中威信较高", "政治立场坚定，关心集体，乐于助人");
  private static final List<String> RETURN_REASONS =
      List.of(
          "请补充该同志近三年获奖情况的证明材料。",
          "推荐理由过于笼统，请结合具体工作业绩补充。",
          "请核对身份证号与出生日期后重新报送。",
          "请补充所在班组和车间的推荐意见。",
          "请补充入党申请书递交时间。");
  private static final List<String> REJECT_REASONS =
      List.of(
          "该同志入职时间较短，暂不具备推荐条件，建议继续培养观察。",
          "经谈话了解，该同志入党动机尚不端正，暂不推荐。",
          "近期有违反劳动纪律情况，暂不予推荐。",
          "群众基础有待加强，建议明年再行推荐。",
          "该同志已调离本企业，不再推荐。");
  private static final List<String> APPROVE_COMMENTS =
      List.of("同意推荐。", "谈话情况良好，同意报送。", "经审核，材料齐全，同意。", "同意入库培养。");
  private static final List<String> CONDUCT =
      List.of(
          "政治立场坚定，拥护党的路线方针政策，积极参加企业党组织活动。",
          "思想积极上进，主动向党组织汇报思想，能在急难险重任务中冲在前面。",
          "遵守企业规章制度，团结同事，群众评价较好。");
  private static final List<String> WORK =
      List.of(
          "工作踏实肯干，带领班组完成各项生产任务，产品合格率保持在99%以上。",
          "参与技术攻关项目，提出合理化建议三条并被采纳。", "承担新员工带教任务，所带徒弟均通过岗位技能考核。");
  private static final List<String> STUDY =
      List.of(
          "按时参加党课学习，认真学习党的二十大精神，撰写心得体会两篇。",
          "利用学习强国平台坚持自学，学习积分位列企业前列。",
          "参加企业组织的技能提升培训，取得高一级职业资格证书。");
  private static final List<String> WITHDRAW_REASONS =
      List.of("该同志因个人原因离职，退出培养。", "考察期间表现未达培养要求，经研究退出培养。", "本人申请暂缓入党，退出本轮培养。");

  private final DemoHistory history;
  private final EnterpriseMapper enterprises;
  private final DirectReportProperties properties;

  public DirectReportDemoHistory(
      DemoHistory history, EnterpriseMapper enterprises, DirectReportProperties properties) {
    this.history = history;
    this.enterprises = enterprises;
    this.properties = properties;
  }

  @Override
  public void create(String password) {
    history.load(PART, now -> new Loader(now).run());
  }

  /** What becomes of a case. */
  enum Kind {
    UNDER_REVIEW,
    RETURNED,
    REJECTED,
    IN_DATABASE,
    MATURE,
    WITHDRAWN
  }

  /** Overdue light of a case left under review. */
  enum Light {
    NONE,
    YELLOW,
    RED
  }

  /**
   * One case's plan.
   *
   * @param step the review step (0 liaison, 1 park, 2 organization department) where the case
   *     stands (under review, returned) or ends (rejected)
   */
  record Plan(Kind kind, int step, Light light) {}

  /** The plans of all cases, in a fixed shuffled order. */
  static List<Plan> plans(Random random) {
    List<Plan> plans = new ArrayList<>();
    for (int step = 0; step < 3; step++) {
      for (int i = 0; i < 6; i++) {
        plans.add(new Plan(Kind.UNDER_REVIEW, step, Light.NONE));
      }
      for (int i = 0; i < 5; i++) {
        plans.add(new Plan(Kind.UNDER_REVIEW, step, Light.YELLOW));
      }
      for (int i = 0; i < 4; i++) {
        plans.add(new Plan(Kind.UNDER_REVIEW, step, Light.RED));
      }
    }
    for (int i = 0; i < 9; i++) {
      plans.add(new Plan(Kind.RETURNED, i % 3, Light.NONE));
    }
    for (int i = 0; i < 18; i++) {
      plans.add(new Plan(Kind.REJECTED, i % 3, Light.NONE));
    }
    for (int i = 0; i < 10; i++) {
      plans.add(new Plan(Kind.WITHDRAWN, 0, Light.NONE));
    }
    for (int i = 0; i < 30; i++) {
      plans.add(new Plan(Kind.MATURE, 0, Light.NONE));
    }
    while (plans.size() < CASES) {
      plans.add(new Plan(Kind.IN_DATABASE, 0, Light.NONE));
    }
    Collections.shuffle(plans, random);
    return plans;
  }

  /** Loads the cases, ending before {@code now}. */
  private final class Loader {

    private final LocalDateTime now;
    private final Random random = new Random(SEED);
    private final DemoPeople people = new DemoPeople(random);
    private final Period reviewPeriod = properties.reviewDue();
    private final Period inspectionPeriod = properties.inspectionPeriod();

    Loader(LocalDateTime now) {
      this.now = now;
    }

    void run() {
      List<Enterprise> all = enterprises.findAll();
      if (all.isEmpty()) {
        return;
      }
      List<Plan> plans = plans(random);
      for (int i = 0; i < plans.size(); i++) {
        Enterprise enterprise = i < all.size() ? all.get(i) : all.get(random.nextInt(all.size()));
        Case one = new Case(plans.get(i), enterprise);
        history.inTransaction(one::run);
      }
    }

    // ---- time
    // ------------------------------------------------------------------------------------

    /** A moment between {@code from} and {@code to}. */
    LocalDateTime between(LocalDateTime from, LocalDateTime to) {
      long minutes = Math.max(1, ChronoUnit.MINUTES.between(from, to));
      return from.plusMinutes((long) (random.nextDouble() * minutes));
    }

    /** A moment of office hours {@code minDays}..{@code maxDays} working days after {@code t}. */
    LocalDateTime after(LocalDateTime t, int minDays, int maxDays) {
      LocalDate day = t.toLocalDate().plusDays(minDays + random.nextInt(maxDays - minDays + 1));
      while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
        day = day.plusDays(1);
      }
      LocalDateTime at = day.atTime(8, 30).plusMinutes(random.nextInt(9 * 60));
      return at.isAfter(t) ? at : t.plusMinutes(10 + random.nextInt(90));
    }

    /** A moment 1–{@code maxDays} days before {@code t}. */
    LocalDateTime before(LocalDateTime t, int maxDays) {
      return t.minusMinutes(60L * 20 + random.nextInt(maxDays * 24 * 60));
    }

    // ---- one case
    // --------------------------------------------------------------------------------

    private final class Case {

      private final Plan plan;
      private final Enterprise enterprise;
      private Map<String, Object> nomination;
      private String instance;

      Case(Plan plan, Enterprise enterprise) {
        this.plan = plan;
        this.enterprise = enterprise;
      }

      void run() {
        switch (plan.kind()) {
          case UNDER_REVIEW -> underReview();
          case RETURNED ->
              endsAtReview("RETURN", now.minusHours(3).minusMinutes(random.nextInt(25 * 24 * 60)));
          case REJECTED ->
              endsAtReview(
                  "REJECT",
                  now.minusDays(1).minusMinutes(random.nextInt((MONTHS - 1) * 30 * 24 * 60)));
          case IN_DATABASE ->
              // most in the last months (the channel grows; fewer inspection rounds to load)
              cultivated(
                  now.minusDays(20)
                      .minusMinutes(
                          random.nextInt(
                              (random.nextInt(4) == 0 ? MONTHS - 1 : 7) * 30 * 24 * 60)));
          case MATURE ->
              cultivated(now.minusMonths(MONTHS).plusMinutes(random.nextInt(60 * 24 * 60)));
          case WITHDRAWN ->
              cultivated(now.minusMonths(MONTHS - 1).plusMinutes(random.nextInt(8 * 30 * 24 * 60)));
        }
      }

      /**
       * Waits at review step {@code plan.step()}, whose task was created inside the light's band.
       */
      private void underReview() {
        LocalDateTime yellowFrom = now.minus(reviewPeriod);
        LocalDateTime redFrom = yellowFrom.minus(reviewPeriod);
        LocalDateTime created =
            switch (plan.light()) {
              case NONE -> between(yellowFrom.plusHours(6), now.minusHours(2));
              case YELLOW -> between(redFrom.plusHours(6), yellowFrom.minusHours(6));
              case RED -> between(redFrom.minusDays(40), redFrom.minusHours(6));
            };
        List<LocalDateTime> times = backwards(created, plan.step() + 1);
        nominate(times.get(0));
        for (int s = 0; s < plan.step(); s++) {
          review(s, "APPROVE", times.get(s + 1));
        }
      }

      /**
       * Approved up to the plan's step, where the case is decided ({@code RETURN}, {@code REJECT}).
       */
      private void endsAtReview(String decision, LocalDateTime decided) {
        List<LocalDateTime> times = backwards(decided, plan.step() + 2);
        nominate(times.get(0));
        for (int s = 0; s < plan.step(); s++) {
          review(s, "APPROVE", times.get(s + 1));
        }
        review(
            plan.step(),
            decision,
            times.get(plan.step() + 1),
            people.pick(decision.equals("RETURN") ? RETURN_REASONS : REJECT_REASONS));
      }

      /** {@code count} moments, each 1–5 days before the next, the last one {@code last}. */
      private List<LocalDateTime> backwards(LocalDateTime last, int count) {
        List<LocalDateTime> times = new ArrayList<>(Collections.nCopies(count, last));
        for (int i = count - 2; i >= 0; i--) {
          times.set(i, before(times.get(i + 1), 5));
        }
        return times;
      }

      /** Nominated at {@code start}, approved and cultivated as far as the plan and time allow. */
      private void cultivated(LocalDateTime start) {
        boolean fast = plan.kind() != Kind.IN_DATABASE;
        nominate(start);
        LocalDateTime t = start;
        if (!fast && random.nextInt(100) < 15) {
          int returnedAt = random.nextInt(3);
          for (int s = 0; s < returnedAt; s++) {
            t = after(t, 1, 4);
            review(s, "APPROVE", t);
          }
          t = after(t, 1, 4);
          review(returnedAt, "RETURN", t, people.pick(RETURN_REASONS));
          t = after(t, 1, 5);
          if (!t.isBefore(now)) {
            return;
          }
          resubmit(t);
        }
        for (int s = 0; s < 3; s++) {
          t = after(t, 1, fast ? 3 : 6);
          if (!t.isBefore(now)) {
            return;
          }
          review(s, "APPROVE", t);
        }
        LocalDateTime approved = t;
        LocalDateTime mentor = after(approved, 1, fast ? 5 : 12);
        LocalDateTime inspector = after(approved, 1, fast ? 5 : 14);
        if (mentor.isBefore(now)) {
          pairing(TASK_NAME_MENTOR, enterprise.code(), "mentorName", "mentorPhone", mentor);
        }
        if (inspector.isBefore(now)) {
          pairing(
              TASK_NAME_INSPECTOR,
              enterprise.parkCode(),
              "inspectorName",
              "inspectorPhone",
              inspector);
        }
        int inspections = 0;
        while (true) {
          Job timer = history.job(instance);
          if (timer == null || timer.getDuedate() == null) {
            return; // pairing still open
          }
          LocalDateTime due = EngineClock.toLocal(timer.getDuedate());
          if (!due.isBefore(now)) {
            return; // waiting for the next inspection
          }
          history.at(due.plusMinutes(1));
          history.runDueJobsOf(instance);
          LocalDateTime inspected = after(due, fast ? 1 : 2, fast ? 8 : 20);
          if (!inspected.isBefore(now)) {
            return; // inspection open
          }
          inspect(inspected);
          inspections++;
          LocalDateTime decided = after(inspected, 1, fast ? 4 : 10);
          if (!decided.isBefore(now)) {
            return; // maturity decision open
          }
          boolean matureAllowed = !decided.isBefore(approved.plus(properties.minimumCultivation()));
          if (plan.kind() == Kind.WITHDRAWN && inspections >= 1 + random.nextInt(2)) {
            decide("WITHDRAW", people.pick(WITHDRAW_REASONS), decided);
            return;
          }
          if (plan.kind() == Kind.MATURE && matureAllowed) {
            // hands the case over to memberDevelopment, which waits for the branch's talk
            decide("MATURE", "经" + inspections + "次考察，该同志表现突出，培养成熟，转入发展党员程序。", decided);
            return;
          }
          decide("CONTINUE", random.nextBoolean() ? "继续培养考察。" : null, decided);
        }
      }

      // ---- the users' actions ----------------------------------------------------------------

      private void nominate(LocalDateTime at) {
        history.at(at);
        nomination = nominationValues(at.toLocalDate());
        ProcessInstance pi =
            history.start(enterprise.code(), DirectReportModel.PROCESS_KEY, nomination);
        instance = pi.getId();
      }

      private void review(int step, String decision, LocalDateTime at) {
        review(
            step,
            decision,
            at,
            decision.equals("APPROVE") && random.nextInt(3) == 0
                ? people.pick(APPROVE_COMMENTS)
                : null);
      }

      private void review(int step, String decision, LocalDateTime at, String comment) {
        String taskKey =
            List.of(TASK_LIAISON_REVIEW, TASK_PARK_REVIEW, TASK_ORGDEPT_APPROVAL).get(step);
        String user =
            List.of(enterprise.liaisonId(), enterprise.parkCode(), ORGDEPT_USER).get(step);
        Map<String, Object> values = new HashMap<>();
        values.put("decision", decision);
        if (comment != null) {
          values.put("comment", comment);
        }
        completeAt(at, taskKey, user, values);
      }

      private void resubmit(LocalDateTime at) {
        Task task = history.task(instance, TASK_RESUBMIT_NOMINATION);
        Map<String, Object> values = new HashMap<>(nomination);
        values.put("idNumber", history.variable(task, "idNumber")); // masked: keeps the number
        values.put(
            "recommendationReason", nomination.get("recommendationReason") + "已按审核意见补充相关证明材料。");
        history.at(at);
        history.complete(enterprise.code(), task, values);
      }

      private void pairing(
          String taskKey, String user, String nameField, String phoneField, LocalDateTime at) {
        completeAt(
            at,
            taskKey,
            user,
            Map.of(nameField, people.name(random.nextBoolean()), phoneField, people.mobile()));
      }

      private void inspect(LocalDateTime at) {
        Map<String, Object> values = new HashMap<>();
        values.put("inspectionDate", at.toLocalDate().minusDays(random.nextInt(2)).toString());
        values.put(
            "inspectionOpinion",
            people.pick(List.of("GOOD", "FAIR", "NEEDS_IMPROVEMENT"), 65, 28, 7));
        values.put("conduct", people.pick(CONDUCT));
        values.put("work", people.pick(WORK));
        values.put("study", people.pick(STUDY));
        String user = random.nextInt(10) < 7 ? enterprise.parkCode() : enterprise.code();
        completeAt(at, TASK_RECORD_INSPECTION, user, values);
      }

      private void decide(String decision, String comment, LocalDateTime at) {
        Map<String, Object> values = new HashMap<>();
        values.put("maturityDecision", decision);
        if (comment != null) {
          values.put("comment", comment);
        }
        completeAt(at, TASK_MATURITY_DECISION, ORGDEPT_USER, values);
      }

      private void completeAt(
          LocalDateTime at, String taskKey, String user, Map<String, Object> values) {
        Task task = history.task(instance, taskKey);
        if (task == null) {
          throw new IllegalStateException(
              "demo case " + instance + " (" + plan + ") has no task " + taskKey);
        }
        history.at(at);
        history.complete(user, task, values);
      }

      // ---- the nominee -----------------------------------------------------------------------

      private Map<String, Object> nominationValues(LocalDate day) {
        boolean male = random.nextInt(100) < 62;
        String name = people.name(male);
        int age = 21 + random.nextInt(26);
        LocalDate birth = day.minusYears(age).minusDays(random.nextInt(365));
        String job =
            people.pick(JOBS.getOrDefault(enterprise.industry(), List.of("技术员", "操作工", "班组长")));
        Map<String, Object> v = new HashMap<>();
        v.put("candidateName", name);
        v.put("gender", male ? "MALE" : "FEMALE");
        v.put("ethnicity", people.pick(ETHNICITIES, 90, 2, 2, 2, 1, 1, 1, 1));
        v.put("birthDate", birth.toString());
        v.put("idNumber", people.idNumber(birth, male));
        v.put("phone", people.mobile());
        v.put("education", people.pick(EDUCATION, 8, 34, 32, 22, 4));
        v.put("jobTitle", job);
        v.put("skillLevel", people.pick(SKILLS, 10, 24, 30, 18, 8, 10));
        v.put(
            "talentCategory",
            people.pick(
                List.of("HIGH_LEVEL_TALENT", "TECHNICAL_EXPERT", "BUSINESS_BACKBONE"), 15, 45, 40));
        v.put("politicalStatus", age < 28 && random.nextInt(10) < 7 ? "LEAGUE_MEMBER" : "MASSES");
        // a mature candidate has handed in the written application member development starts from
        if (plan.kind() == Kind.MATURE || random.nextInt(10) < 6) {
          v.put("applicationDate", day.minusDays(10 + random.nextInt(700)).toString());
        }
        v.put("discoveryChannel", people.pick(CHANNELS, 14, 18, 10, 10, 16, 12, 20));
        if (random.nextInt(10) < 4) {
          v.put("honors", people.pick(HONORS));
        }
        v.put(
            "recommendationReason",
            "该同志扎根"
                + job
                + "岗位"
                + (2 + random.nextInt(12))
                + "年，"
                + people.pick(ACHIEVEMENTS)
                + "，"
                + people.pick(ATTITUDES)
                + "。");
        return v;
      }
    }
  }
}
