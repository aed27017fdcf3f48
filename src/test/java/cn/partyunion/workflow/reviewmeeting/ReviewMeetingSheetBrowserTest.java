package cn.partyunion.workflow.reviewmeeting;

import static org.assertj.core.api.Assertions.assertThat;

import cn.partyunion.workflow.HttpApi;
import cn.partyunion.workflow.WorkflowSpringTest;
import cn.partyunion.workflow.browser.Browser;
import cn.partyunion.workflow.browser.BrowserTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The meeting as it is held (issue 17), in headless Chromium (zh-CN): a rater scans the hall's QR
 * code on a 390-px phone, signs in, grades the 24 units on one sheet, is refused in Chinese while a
 * unit is left open, finds the draft again after a reload and submits once; the deputy secretary
 * writes two comments on one page, each saved as written; the organizer's page shows the QR code.
 * Prints the clicks and seconds the rater needed. Screenshots: {@code
 * target/screenshots/ReviewMeetingSheetBrowserTest.*}.
 */
@BrowserTest
@WorkflowSpringTest
class ReviewMeetingSheetBrowserTest {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  MeetingFixture fixture;

  @BeforeEach
  void setUp() {
    fixture = new MeetingFixture(engine, jdbc);
  }

  private String base() {
    return "http://localhost:" + port;
  }

  private void login(Browser browser, String user) {
    browser.type(By.id("username"), user);
    browser.type(By.id("password"), HttpApi.DEMO_PASSWORD);
    browser.click(By.id("login-submit"));
    browser.visible(By.cssSelector(".wb-user"));
  }

  private void signOut(Browser browser) {
    browser.open(base() + "/workbench/login");
    browser.driver().manage().deleteAllCookies();
  }

  /** The grade button {@code index} (0 好 … 3 差) of one unit's line. */
  private static By grade(String unitCode, int index) {
    return By.cssSelector("#line-" + unitCode + " .wb-grade:nth-child(" + (index + 1) + ") span");
  }

  @Test
  void aRaterGradesTwentyFourUnitsOnAPhoneAndTheDeputyWritesTwoComments(Browser browser) {
    ProcessInstance meeting = fixture.start(MeetingFixture.startForm(fixture.freeYear()));
    fixture.reportAllAndOpenMeeting(meeting);
    String sheet = base() + "/workbench/review-meetings/" + meeting.getId() + "/sheet";

    // the organizer's page shows the QR code of the sheet
    signOut(browser);
    browser.open(base() + "/workbench/review-meetings/" + meeting.getId());
    login(browser, "hhoffice01");
    browser.visible(By.id("sheet-qr"));
    browser.until(
        "QR code drawn",
        d ->
            (Boolean)
                browser.script(
                    "const i = document.getElementById('sheet-qr'); return i.complete && i.naturalWidth > 0;"));
    browser.screenshot("organizer-qr-code");

    signOut(browser);
    ChromeDriver chrome = (ChromeDriver) browser.driver();
    chrome.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
    try {
      // what the QR code opens: the sign-in, then the sheet
      browser.open(sheet);
      login(browser, "hhrater03");
      browser.textAppears(By.id("sheet-title"), "测评表（24 个述职单位）");
      browser.visible(grade("hhunit01", 0));
      assertThat(((Number) browser.script("return window.innerWidth")).intValue()).isEqualTo(390);
      browser.screenshot("sheet-phone-390");

      long started = System.nanoTime();
      int clicks = 0;
      List<String> units = fixture.units(meeting);
      for (int i = 0; i < 23; i++) {
        browser.click(grade(units.get(i), i % 4 == 3 ? 2 : i % 3));
        clicks++;
      }
      browser.type(By.cssSelector("input.wb-sheet-remark[data-unit='hhunit01']"), "措施具体，成效明显");
      browser.click(By.id("sheet-progress")); // leaves the remark: it is saved on change
      browser.textAppears(By.id("sheet-progress"), "已评 23 / 24");
      browser.click(By.id("sheet-submit"));
      clicks++;
      browser.textAppears(By.cssSelector("#sheet-bar-message .wb-error"), "以下述职单位尚未评定等次：州总工会");
      browser.screenshot("sheet-refused-one-unit-open");
      assertThat(
              ((Number) browser.script("return document.documentElement.scrollWidth")).intValue())
          .isLessThanOrEqualTo(390);

      // the draft is kept: a reload shows every choice made
      browser.open(sheet);
      browser.textAppears(By.id("sheet-progress"), "已评 23 / 24");
      assertThat(
              ((Number)
                      browser.script(
                          "return document.querySelectorAll('#sheet-lines input[type=radio]:checked').length"))
                  .intValue())
          .isEqualTo(23);
      assertThat(
              browser
                  .driver()
                  .findElement(By.cssSelector("input.wb-sheet-remark[data-unit='hhunit01']"))
                  .getAttribute("value"))
          .isEqualTo("措施具体，成效明显");
      browser.click(grade("hhunit24", 1));
      clicks++;
      browser.textAppears(By.id("sheet-progress"), "已评 24 / 24");
      browser.click(By.id("sheet-submit"));
      clicks++;
      browser.textAppears(By.id("sheet-message"), "测评表已提交");
      double seconds = (System.nanoTime() - started) / 1e9;
      browser.screenshot("sheet-submitted");
      assertThat(browser.driver().findElements(By.id("sheet-submit")).get(0).isDisplayed())
          .isFalse();
      System.out.printf(
          "[measure] rating sheet of 24 units on a 390-px phone: %d clicks, %.1f s (with one refused"
              + " submission and a reload)%n",
          clicks, seconds);
    } finally {
      chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM rm_rating WHERE meeting_id = ? AND rater_id = 'hhrater03'",
                Integer.class,
                fixture.meetingId(meeting)))
        .isEqualTo(24);
    assertThat(
            jdbc.queryForObject(
                "SELECT remark FROM rm_rating WHERE meeting_id = ? AND rater_id = 'hhrater03'"
                    + " AND unit_code = 'hhunit01'",
                String.class,
                fixture.meetingId(meeting)))
        .isEqualTo("措施具体，成效明显");

    // the deputy secretary comments unit by unit on one page
    signOut(browser);
    browser.open(base() + "/workbench/comments");
    login(browser, "hhdeputy01");
    browser.textAppears(By.id("comments-status"), "已点评 0 / 24");
    browser.type(By.cssSelector("#comment-hhunit01 textarea"), "工作思路清晰，措施有力，成效明显。");
    browser.click(By.cssSelector("#comment-hhunit01 button"));
    browser.textAppears(By.cssSelector("#comment-hhunit01 .wb-comment-saved"), "工作思路清晰");
    browser.type(By.cssSelector("#comment-hhunit02 textarea"), "推进力度还不够，要压实责任、加快进度。");
    browser.click(By.cssSelector("#comment-hhunit02 button"));
    browser.textAppears(By.cssSelector("#comment-hhunit02 .wb-comment-saved"), "压实责任");
    browser.textAppears(By.id("comments-status"), "已点评 2 / 24");
    browser.screenshot("deputy-two-comments");
    browser.open(base() + "/workbench/comments");
    browser.textAppears(By.cssSelector("#comment-hhunit02 .wb-comment-saved"), "压实责任");
    assertThat(
            jdbc.queryForList(
                "SELECT comment_text FROM rm_comment WHERE meeting_id = ? ORDER BY unit_code",
                String.class,
                fixture.meetingId(meeting)))
        .containsExactly("工作思路清晰，措施有力，成效明显。", "推进力度还不够，要压实责任、加快进度。");
  }
}
