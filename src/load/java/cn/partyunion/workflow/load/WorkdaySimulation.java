package cn.partyunion.workflow.load;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import cn.partyunion.workflow.shared.testkit.IdNumbers;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A working day of the direct report (README "Load benchmark"): {@code load.users} people signed in
 * to the webapps as Tasklist and the workbench sign in (session and CSRF token, one node per person
 * as sticky sessions give), each looping for {@code load.duration} with a think time between steps.
 * Their roles, by share of the users: enterprise contacts (40 %, {@code ent01…ent43}) open the
 * workbench, the start form and nominate a worker (fresh valid ID number), then look at their
 * nominations; liaisons (20 %, {@code liaison01…10}) and park committees (20 %, {@code park01…05})
 * read their Tasklist filters and complete a review (the liaison's talk, the park's check: claim,
 * form, approve); the organization department (20 %, {@code orgdept01}) reads the workbench pages
 * (信息库, a case and its timeline, statistics, supervision).
 *
 * <p>Properties (system properties, {@code -Dload.*}): {@code load.baseUrls} (comma-separated,
 * default {@code http://127.0.0.1:8080}), {@code load.users} (50), {@code load.duration} (seconds,
 * 600), {@code load.rampUp} (seconds, 30), {@code load.thinkMin}/{@code load.thinkMax} (seconds
 * between two steps of one person, 2/6), {@code load.password} ({@code demo}).
 *
 * <p>Every request kind's answers other than the expected ones are tallied by kind, status and the
 * server's message ({@code {"message": …}} or Camunda's) and printed at the end and written to
 * {@code target/gatling/errors-by-kind.txt}; Gatling's report gives the percentiles per kind.
 */
public class WorkdaySimulation extends Simulation {

  private static final String ENGINE = "/camunda/api/engine/engine/default";
  private static final List<String> BASE_URLS =
      Arrays.asList(System.getProperty("load.baseUrls", "http://127.0.0.1:8080").split(","));
  private static final int USERS = Integer.getInteger("load.users", 50);
  private static final Duration DURATION =
      Duration.ofSeconds(Integer.getInteger("load.duration", 600));
  private static final Duration RAMP_UP = Duration.ofSeconds(Integer.getInteger("load.rampUp", 30));
  private static final Duration THINK_MIN =
      Duration.ofSeconds(Integer.getInteger("load.thinkMin", 2));
  private static final Duration THINK_MAX =
      Duration.ofSeconds(Integer.getInteger("load.thinkMax", 6));
  private static final String PASSWORD = System.getProperty("load.password", "demo");
  private static final Pattern MESSAGE =
      Pattern.compile("\"message\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

  /** "kind | status | message" → count of unexpected answers. */
  private static final Map<String, LongAdder> UNEXPECTED = new ConcurrentHashMap<>();

  private final HttpProtocolBuilder protocol =
      http.baseUrls(BASE_URLS)
          .acceptLanguageHeader("zh-CN,zh;q=0.9")
          .acceptHeader("application/json")
          .userAgentHeader("partyunion-load");

  {
    int enterprises = Math.max(1, USERS * 40 / 100);
    int liaisons = Math.max(1, USERS * 20 / 100);
    int parks = Math.max(1, USERS * 20 / 100);
    int readers = Math.max(1, USERS - enterprises - liaisons - parks);
    List<PopulationBuilder> populations = new ArrayList<>();
    populations.add(people("enterprise", "ent", 43, nominating(), enterprises));
    populations.add(
        people(
            "liaison",
            "liaison",
            10,
            reviewing("myFilter", "Task_LiaisonReview", "liaison", false),
            liaisons));
    populations.add(
        people("park", "park", 5, reviewing("unitFilter", "Task_ParkReview", "park", true), parks));
    populations.add(people("orgdept", "orgdept", 1, reading(), readers));
    setUp(populations).protocols(protocol).maxDuration(DURATION.plus(RAMP_UP).plusSeconds(60));
  }

  private static PopulationBuilder people(
      String role, String prefix, int accounts, ChainBuilder work, int count) {
    Iterator<Map<String, Object>> names =
        Stream.iterate(0, i -> i + 1)
            .map(
                i ->
                    Map.<String, Object>of(
                        "user", String.format("%s%02d", prefix, i % accounts + 1)))
            .iterator();
    ScenarioBuilder scenario =
        scenario(role)
            .feed(names)
            .exec(login())
            .during(DURATION)
            .on(work.pause(THINK_MIN, THINK_MAX));
    return scenario.injectOpen(rampUsers(count).during(RAMP_UP));
  }

  /** Signs in on the webapps' login (Tasklist's), keeps the session's CSRF token. */
  private static ChainBuilder login() {
    return exec(call(
            "login",
            http("login").get("/camunda/app/tasklist/default/").header("Accept", "text/html"),
            200))
        .exec(getCookieValue(CookieKey("XSRF-TOKEN").withPath("/camunda").saveAs("xsrf")))
        .exec(
            call(
                "login",
                http("login")
                    .post("/camunda/api/admin/auth/user/default/login/tasklist")
                    .header("X-XSRF-TOKEN", "#{xsrf}")
                    .formParam("username", "#{user}")
                    .formParam("password", PASSWORD),
                200))
        .exec(call("login", http("login").get("/camunda/api/admin/auth/user/default"), 200))
        .exec(getCookieValue(CookieKey("XSRF-TOKEN").withPath("/camunda").saveAs("xsrf")))
        .exec(
            call(
                "task list",
                http("task list")
                    .get(ENGINE + "/filter?resourceType=Task&itemCount=true")
                    .check(
                        jsonPath("$[?(@.name=='我的待办')].id").optional().saveAs("myFilter"),
                        jsonPath("$[?(@.name=='本单位待办')].id").optional().saveAs("unitFilter")),
                200));
  }

  /** An enterprise contact: workbench, start form, a nomination, their nominations. */
  private static ChainBuilder nominating() {
    return exec(workbenchPage("/workbench/", "/api/workbench/choices"))
        .exec(
            call(
                "nomination form",
                http("nomination form")
                    .get(ENGINE + "/process-definition/key/directReport/deployed-start-form"),
                200))
        .pause(THINK_MIN, THINK_MAX)
        .exec(session -> session.set("nomination", nomination()))
        .exec(
            call(
                "nominate",
                http("nominate")
                    .post(ENGINE + "/process-definition/key/directReport/submit-form")
                    .header("X-XSRF-TOKEN", "#{xsrf}")
                    .body(StringBody("#{nomination}"))
                    .asJson(),
                200))
        .pause(THINK_MIN, THINK_MAX)
        .exec(
            workbenchPage(
                "/workbench/my-nominations",
                "/api/direct-report/candidates?status=RETURNED&size=50",
                "/api/direct-report/candidates?page=0&size=20&sort=nominatedAt,desc"));
  }

  /**
   * A reviewer: their Tasklist filter ({@code filter}: the session attribute of its id, 我的待办 or
   * 本单位待办), a random open task of {@code taskKey} in its first page (claimed first when it is a
   * group task), its form, approved with a comment.
   */
  private static ChainBuilder reviewing(String filter, String taskKey, String role, boolean claim) {
    String kind = "review (" + role + ")";
    ChainBuilder pick =
        exec(session -> session.remove("task"))
            .exec(
                call(
                    "task list",
                    http("task list")
                        .post(ENGINE + "/filter/#{" + filter + "}/list?firstResult=0&maxResults=15")
                        .header("X-XSRF-TOKEN", "#{xsrf}")
                        .header("Accept", "application/hal+json")
                        .body(
                            StringBody(
                                "{\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}]}"))
                        .asJson()
                        .check(
                            jsonPath(
                                    "$._embedded.task[?(@.taskDefinitionKey=='"
                                        + taskKey
                                        + "')].id")
                                .findRandom()
                                .optional()
                                .saveAs("task")),
                    200));
    ChainBuilder complete =
        exec(call("task form", http("task form").get(ENGINE + "/task/#{task}/form-variables"), 200))
            .pause(THINK_MIN, THINK_MAX)
            .exec(
                call(
                    kind,
                    http(kind)
                        .post(ENGINE + "/task/#{task}/submit-form")
                        .header("X-XSRF-TOKEN", "#{xsrf}")
                        .body(
                            StringBody(
                                "{\"variables\":{\"decision\":{\"value\":\"APPROVE\"},"
                                    + "\"comment\":{\"value\":\"已谈话，同意推荐（压测）\"}}}"))
                        .asJson(),
                    204));
    ChainBuilder claimThenComplete =
        claim
            ? exec(call(
                    "claim",
                    http("claim")
                        .post(ENGINE + "/task/#{task}/claim")
                        .header("X-XSRF-TOKEN", "#{xsrf}")
                        .body(StringBody("{\"userId\":\"#{user}\"}"))
                        .asJson(),
                    204))
                .doIf(session -> statusOf(session) == 204)
                .then(complete)
            : complete;
    return exec(pick)
        .doIf(session -> session.contains("task"))
        .then(pause(THINK_MIN, THINK_MAX).exec(claimThenComplete));
  }

  /** The organization department: 信息库, one case and its timeline, statistics, supervision. */
  private static ChainBuilder reading() {
    return exec(call(
            "workbench page",
            http("workbench page").get("/workbench/candidates").header("Accept", "text/html"),
            200))
        .exec(
            call(
                "workbench api",
                http("workbench api")
                    .get("/api/direct-report/candidates?page=0&size=50&sort=nominatedAt,desc")
                    .check(jsonPath("$[*].recordNo").findRandom().optional().saveAs("recordNo")),
                200))
        .pause(THINK_MIN, THINK_MAX)
        .doIf(session -> session.contains("recordNo"))
        .then(
            workbenchPage(
                "/workbench/candidates/#{recordNo}",
                "/api/direct-report/candidates/#{recordNo}",
                "/api/direct-report/candidates/#{recordNo}/timeline"))
        .pause(THINK_MIN, THINK_MAX)
        .exec(
            workbenchPage(
                "/workbench/statistics",
                "/api/direct-report/statistics?",
                "/api/workbench/choices"))
        .pause(THINK_MIN, THINK_MAX)
        .exec(
            workbenchPage(
                "/workbench/supervision",
                "/api/direct-report/supervision",
                "/api/direct-report/supervision/tasks?page=0&size=50"));
  }

  /** A workbench page: its HTML, then the JSON its script reads. */
  private static ChainBuilder workbenchPage(String page, String... apis) {
    ChainBuilder chain =
        exec(
            call(
                "workbench page",
                http("workbench page").get(page).header("Accept", "text/html"),
                200));
    for (String api : apis) {
      chain = chain.exec(call("workbench api", http("workbench api").get(api), 200));
    }
    return chain;
  }

  /**
   * {@code request} named {@code kind}; its status and body kept in the session ({@code status},
   * {@code body}); an answer outside {@code expected} is KO for Gatling and tallied by kind, status
   * and message.
   */
  private static ChainBuilder call(
      String kind, HttpRequestActionBuilder request, Integer... expected) {
    Set<Integer> ok = Set.of(expected);
    return exec(session -> session.remove("status").remove("body"))
        .exec(
            request.check(
                status().saveAs("status"), bodyString().saveAs("body"), status().in(expected)))
        .exec(
            session -> {
              int status = statusOf(session);
              if (!ok.contains(status)) {
                UNEXPECTED
                    .computeIfAbsent(
                        kind
                            + " | "
                            + (status == 0 ? "no answer" : status)
                            + " | "
                            + message(session),
                        k -> new LongAdder())
                    .increment();
              }
              return session.remove("body");
            });
  }

  /** The last answer's status, 0 when there was none (connection refused, timeout). */
  private static int statusOf(Session session) {
    return session.contains("status") ? session.getInt("status") : 0;
  }

  private static String message(Session session) {
    if (!session.contains("body")) {
      return "";
    }
    String body = session.getString("body");
    Matcher m = MESSAGE.matcher(body);
    if (m.find()) {
      return m.group(1);
    }
    String text = body.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").trim();
    return text.length() > 120 ? text.substring(0, 120) + "…" : text;
  }

  /** The start form's variables (README / Nominations in the tests), with a fresh ID number. */
  private static String nomination() {
    String id = IdNumbers.unique();
    String birth = id.substring(6, 10) + "-" + id.substring(10, 12) + "-" + id.substring(12, 14);
    Map<String, String> values =
        Map.ofEntries(
            Map.entry("candidateName", "压测对象"),
            Map.entry("gender", "MALE"),
            Map.entry("ethnicity", "汉族"),
            Map.entry("birthDate", birth),
            Map.entry("idNumber", id),
            Map.entry("phone", "13912345678"),
            Map.entry("education", "大专"),
            Map.entry("jobTitle", "数控车工"),
            Map.entry("skillLevel", "高级工"),
            Map.entry("talentCategory", "TECHNICAL_EXPERT"),
            Map.entry("politicalStatus", "MASSES"),
            Map.entry("applicationDate", "2024-05-04"),
            Map.entry("discoveryChannel", "主题党日"),
            Map.entry("honors", "南通市技术能手"),
            Map.entry("recommendationReason", "该同志技术过硬，多次在技能竞赛中获奖，积极向党组织靠拢，群众基础好。"));
    return values.entrySet().stream()
        .map(e -> "\"" + e.getKey() + "\":{\"value\":\"" + e.getValue() + "\",\"type\":\"String\"}")
        .collect(Collectors.joining(",", "{\"variables\":{", "}}"));
  }

  @Override
  public void after() {
    String report =
        UNEXPECTED.entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(e -> String.format("%6d  %s", e.getValue().sum(), e.getKey()))
            .collect(
                Collectors.joining("\n", "unexpected answers by kind | status | message:\n", "\n"));
    System.out.println(UNEXPECTED.isEmpty() ? "unexpected answers: none\n" : report);
    try {
      Path file = Path.of("target", "gatling", "errors-by-kind.txt");
      Files.createDirectories(file.getParent());
      Files.writeString(file, UNEXPECTED.isEmpty() ? "none\n" : report, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
