package cn.partyunion.workflow.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import cn.partyunion.workflow.HttpApi;
import cn.partyunion.workflow.WorkflowSpringTest;
import cn.partyunion.workflow.browser.Browser;
import cn.partyunion.workflow.browser.BrowserTest;
import cn.partyunion.workflow.browser.CamundaWebapps;
import cn.partyunion.workflow.shared.testkit.IdNumbers;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.StreamSupport;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Camunda Forms (form-js 1.8.7 in Tasklist 7.24) speak Chinese to a zh-CN browser (issue 11, {@code
 * partyunion/formjs-zh.js}): on the start forms of directReport, reviewMeeting and chairStipend and
 * on the liaison's review task form — together text field, text area, number, select (plain and
 * searchable), radio, checklist and date — no English word (a run of two or more Latin letters,
 * {@link #ALLOWED} aside) is visible in the form or its placeholders, empty, after an empty
 * submission, after wrong values and with the date picker and a searchable select open; the
 * validation messages are Chinese ("此项为必填项。", "至少 2 个字符。", "不能小于 2000。", a pattern message without
 * its regular expression); a date typed as {@code yyyy-MM-dd} is shown so, stored so ({@code
 * birthDate} of the case) and shown so again on the next task's form. A Tasklist switched to
 * English keeps form-js's English messages.
 *
 * <p>Once a form shows errors Tasklist disables its start and complete buttons: each form is
 * submitted empty once, then form-js validates each change as it is typed (after a short debounce,
 * which the checks wait for). Every check is soft, so that one run lists every defect, with a
 * screenshot of each step: {@code target/screenshots/FormsInChineseBrowserTest.*}.
 */
@BrowserTest
@WorkflowSpringTest
class FormsInChineseBrowserTest {

  /** Latin words allowed in a Chinese form (abbreviations Chinese users read as such). */
  private static final Set<String> ALLOWED = Set.of("ID");

  private static final String PASSWORD = HttpApi.DEMO_PASSWORD;

  /**
   * The English words visible in the form container of the open dialog (else of the page): its
   * rendered text (open dropdowns and date pickers included) and its inputs' placeholders.
   */
  private static final String ENGLISH_WORDS =
      """
      const root = document.querySelector('.modal-dialog .fjs-container')
          || document.querySelector('.fjs-container');
      if (!root) { return ['<no form>']; }
      const texts = [root.innerText];
      root.querySelectorAll('input, textarea').forEach(i => {
        if (i.offsetParent !== null && i.placeholder) { texts.push(i.placeholder); }
      });
      return texts.join('\\n').match(/[A-Za-z]{2,}/g) || [];
      """;

  /** The error messages of the form field with this component id ({@code ""} when none). */
  private static final String FIELD_ERRORS =
      """
      const root = document.querySelector('.modal-dialog .fjs-container')
          || document.querySelector('.fjs-container');
      const id = arguments[0];
      const input = root.querySelector("[id$='-" + id + "'], [id$='-" + id + "-date'], [id*='-"
          + id + "-']");
      if (!input) { return '<no field ' + id + '>'; }
      const error = input.closest('.fjs-form-field').querySelector('.fjs-form-field-error');
      return error ? error.innerText.trim() : '';
      """;

  @LocalServerPort int port;

  @Test
  void directReportStartAndTaskFormsSpeakChinese(Browser browser) {
    CamundaWebapps webapps = signedOut(browser);
    SoftAssertions softly = new SoftAssertions();
    LocalDate birthDate = LocalDate.of(1990 + ThreadLocalRandom.current().nextInt(10), 3, 15);
    String idNumber = IdNumbers.bornOn(birthDate);
    String name = "陈" + List.of("思远", "若兰", "嘉禾", "明哲").get(ThreadLocalRandom.current().nextInt(4));

    webapps.login("tasklist", "ent09", PASSWORD);
    webapps.openStartForm("产业工人发展党员信息直报");
    noEnglish(browser, softly, "nomination-empty");

    webapps.submitStartForm();
    browser.visible(By.cssSelector(".modal-dialog .fjs-form-field-error"));
    expectError(browser, softly, "Field_candidateName", "此项为必填项。");
    expectError(browser, softly, "Field_gender", "此项为必填项。");
    expectError(browser, softly, "Field_birthDate", "此项为必填项。");
    expectError(browser, softly, "Field_politicalStatus", "此项为必填项。");
    noEnglish(browser, softly, "nomination-submitted-empty");

    webapps.fillText("Field_candidateName", "陈");
    webapps.fillText("Field_phone", "1234");
    webapps.fillText("Field_recommendationReason", "表现好");
    webapps.fillText("Field_idNumber", "1234567890123456789");
    expectError(browser, softly, "Field_candidateName", "至少 2 个字符。");
    expectError(browser, softly, "Field_phone", "格式不正确（11 位手机号码）。");
    expectError(browser, softly, "Field_recommendationReason", "至少 20 个字符。");
    expectError(browser, softly, "Field_idNumber", "最多 18 个字符。");
    noEnglish(browser, softly, "nomination-wrong-values");

    // a search without a match, and the date picker's calendar
    browser.type(CamundaWebapps.field("Field_ethnicity", ""), "无此民族");
    browser.visible(By.cssSelector(".modal-dialog .fjs-dropdownlist-empty"));
    noEnglish(browser, softly, "nomination-search-no-match");
    browser.click(CamundaWebapps.field("Field_birthDate", "-date"));
    browser.visible(By.cssSelector(".modal-dialog .flatpickr-calendar.open"));
    noEnglish(browser, softly, "nomination-calendar-open");

    fillNomination(webapps, browser, softly, name, birthDate, idNumber);
    browser.screenshot("nomination-filled");
    webapps.submitStartForm();
    browser.gone(By.cssSelector(".modal-dialog"));
    browser.screenshot("nomination-started");
    webapps.logout();

    // the date went to the server as yyyy-MM-dd
    JsonNode candidate = candidate(idNumber);
    softly.assertThat(candidate.path("birthDate").asText()).isEqualTo(birthDate.toString());

    // the liaison's task form shows the stored dates as yyyy-MM-dd, its messages in Chinese
    webapps.login("tasklist", "liaison09", PASSWORD);
    webapps.openFilter("我的待办");
    webapps.sortNewestFirst();
    By task = webapps.taskInList("特约培养联系人谈话审核", name);
    webapps.openTask(task);
    softly.assertThat(webapps.value("Field_birthDate", "-date")).isEqualTo(birthDate.toString());
    softly
        .assertThat(webapps.value("Field_applicationDate", "-date"))
        .isEqualTo(LocalDate.now().minusMonths(3).toString());
    noEnglish(browser, softly, "liaison-review-empty");
    browser.click(By.cssSelector(".form-actions button[ng-click='complete()']"));
    browser.visible(By.cssSelector(".fjs-form-field-error"));
    expectError(browser, softly, "Field_decision", "此项为必填项。");
    noEnglish(browser, softly, "liaison-review-submitted-empty");
    webapps.logout();
    softly.assertAll();
  }

  @Test
  void reviewMeetingStartFormSpeaksChinese(Browser browser) {
    CamundaWebapps webapps = signedOut(browser);
    SoftAssertions softly = new SoftAssertions();
    webapps.login("tasklist", "hhoffice01", PASSWORD);
    webapps.openStartForm("产改述职评议会（红河州）");
    noEnglish(browser, softly, "review-meeting-empty");

    webapps.submitStartForm();
    browser.visible(By.cssSelector(".modal-dialog .fjs-form-field-error"));
    expectError(browser, softly, "Field_year", "此项为必填项。");
    expectError(browser, softly, "Field_meetingDate", "此项为必填项。");
    noEnglish(browser, softly, "review-meeting-submitted-empty");

    webapps.fillText("Field_year", "1999");
    typeDate(browser, softly, "Field_meetingDate", "2026-11-01");
    expectError(browser, softly, "Field_year", "不能小于 2000。");
    noEnglish(browser, softly, "review-meeting-wrong-year");
    webapps.fillText("Field_year", "3000");
    expectError(browser, softly, "Field_year", "不能大于 2999。");
    expectError(browser, softly, "Field_meetingDate", "");
    noEnglish(browser, softly, "review-meeting-year-too-big");
    softly.assertAll();
  }

  @Test
  void chairStipendStartFormSpeaksChinese(Browser browser) {
    CamundaWebapps webapps = signedOut(browser);
    SoftAssertions softly = new SoftAssertions();
    webapps.login("tasklist", "jycity01", PASSWORD);
    webapps.openStartForm("工会主席工作考核奖励津贴（季度）");
    noEnglish(browser, softly, "chair-stipend-empty");
    webapps.submitStartForm();
    browser.visible(By.cssSelector(".modal-dialog .fjs-form-field-error"));
    expectError(browser, softly, "Field_Quarter", "此项为必填项。");
    noEnglish(browser, softly, "chair-stipend-submitted-empty");

    webapps.fillText("Field_Quarter", "2026-3");
    expectError(browser, softly, "Field_Quarter", "格式不正确（已结束的季度：年份 + Q + 季度序号）。");
    noEnglish(browser, softly, "chair-stipend-wrong-quarter");
    softly.assertAll();
  }

  @Test
  void anEnglishTasklistKeepsFormJsInEnglish(Browser browser) {
    CamundaWebapps webapps = signedOut(browser);
    browser.open("http://localhost:" + port + "/camunda/app/welcome/default/");
    browser.script("window.localStorage.setItem('partyunion.locale', 'en');");
    webapps.login("tasklist", "jycity01", PASSWORD);
    webapps.openStartForm("工会主席工作考核奖励津贴（季度）");
    webapps.submitStartForm();
    browser.visible(By.cssSelector(".modal-dialog .fjs-form-field-error"));
    browser.screenshot("english-chair-stipend-submitted-empty");
    assertThat(errors(browser, "Field_Quarter")).isEqualTo("Field is required.");
  }

  /** A fresh visitor for each test (the browser is shared by the class). */
  private CamundaWebapps signedOut(Browser browser) {
    return new CamundaWebapps(browser, "http://localhost:" + port).signedOut();
  }

  private static void fillNomination(
      CamundaWebapps form,
      Browser browser,
      SoftAssertions softly,
      String name,
      LocalDate birthDate,
      String idNumber) {
    form.fillText("Field_candidateName", name);
    form.select("Field_gender", "女");
    form.search("Field_ethnicity", "汉族");
    typeDate(browser, softly, "Field_birthDate", birthDate.toString());
    form.fillText("Field_idNumber", idNumber);
    form.fillText("Field_phone", "13912345678");
    form.select("Field_education", "大专");
    form.fillText("Field_jobTitle", "复合材料成型工");
    form.select("Field_skillLevel", "高级工");
    form.select("Field_talentCategory", "技术能手");
    form.radio("Field_politicalStatus", "群众");
    typeDate(browser, softly, "Field_applicationDate", LocalDate.now().minusMonths(3).toString());
    form.select("Field_discoveryChannel", "链上议事会");
    form.fillText("Field_recommendationReason", "该同志扎根复合材料成型一线八年，带徒六人，攻克多项工艺难题，群众基础好，已递交入党申请书。");
  }

  /** Types a date as yyyy-MM-dd, leaves the field, and checks that it still shows so. */
  private static void typeDate(Browser browser, SoftAssertions softly, String id, String text) {
    WebElement input = browser.type(CamundaWebapps.field(id, "-date"), text);
    input.sendKeys(Keys.TAB);
    try {
      browser.until(id + " shows " + text, d -> text.equals(input.getDomProperty("value")));
    } catch (TimeoutException e) {
      softly.assertThat(input.getDomProperty("value")).as("date shown in " + id).isEqualTo(text);
    }
  }

  private static void noEnglish(Browser browser, SoftAssertions softly, String step) {
    browser.screenshot(step);
    @SuppressWarnings("unchecked")
    List<String> words = (List<String>) browser.script(ENGLISH_WORDS);
    softly
        .assertThat(words.stream().filter(w -> !ALLOWED.contains(w)).toList())
        .as("English words in the form (" + step + ")")
        .isEmpty();
  }

  /**
   * Waits until the field shows this error text (form-js validates text input after a short
   * debounce); a soft failure with the text shown when it does not.
   */
  private static void expectError(
      Browser browser, SoftAssertions softly, String componentId, String expected) {
    try {
      browser.until(
          componentId + " shows the error " + expected,
          d -> expected.equals(errors(browser, componentId)));
    } catch (TimeoutException e) {
      softly
          .assertThat(errors(browser, componentId))
          .as("error of " + componentId)
          .isEqualTo(expected);
    }
  }

  private static String errors(Browser browser, String componentId) {
    return (String) browser.script(FIELD_ERRORS, componentId);
  }

  private JsonNode candidate(String idNumber) {
    JsonNode cases =
        new HttpApi(port, "")
            .call(
                "GET", "orgdept01", "/api/direct-report/candidates?enterprise=ent09&size=200", null)
            .json();
    return StreamSupport.stream(cases.spliterator(), false)
        .filter(c -> idNumber.equals(c.path("idNumber").asText()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no case with ID " + idNumber + " in " + cases));
  }
}
