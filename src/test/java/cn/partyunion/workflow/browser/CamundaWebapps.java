package cn.partyunion.workflow.browser;

import java.time.LocalDate;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Page actions on Camunda 7.24's Tasklist and Cockpit and on the Camunda Forms (form-js 1.8.7) they
 * render. Elements are found by CSS classes, Angular attributes and form field ids — never by the
 * webapps' own English or German texts, so the actions keep working when a zh-CN locale is added;
 * only the application's Chinese data (process, task, option names) is matched.
 */
public final class CamundaWebapps {

  /** Notification alerts of the webapps (page, dialog and login notifications). */
  public static final By ALERTS = By.cssSelector(".alert");

  private final Browser browser;
  private final String baseUrl;

  public CamundaWebapps(Browser browser, String baseUrl) {
    this.browser = browser;
    this.baseUrl = baseUrl;
  }

  /**
   * Opens a webapp ({@code tasklist}, {@code cockpit}) and signs in on its login form; waits for
   * the account menu (it shows the user's full name).
   */
  public void login(String app, String user, String password) {
    browser.open(baseUrl + "/camunda/app/" + app + "/default/");
    browser.type(By.cssSelector("input[ng-model='username']"), user);
    browser.type(By.cssSelector("input[ng-model='password']"), password);
    browser.click(By.cssSelector("form[name='signinForm'] button[type='submit']"));
    browser.visible(By.cssSelector("li.account .dropdown-toggle"));
  }

  /**
   * A fresh visitor: no session, CSRF cookie, stored draft or language choice of this application
   * is left in the browser ({@link Browser#forgetSite}). Tests that share a browser start with it
   * instead of deleting cookies under a live page.
   */
  public CamundaWebapps signedOut() {
    browser.forgetSite(baseUrl);
    return this;
  }

  /** Signs out through the account menu and waits for the login form. */
  public void logout() {
    browser.click(By.cssSelector("li.account .dropdown-toggle"));
    browser.click(By.cssSelector("li.account li.logout a"));
    browser.visible(By.cssSelector("input[ng-model='username']"));
  }

  // ---------------------------------------------------------------- Tasklist

  /** Opens Tasklist's start-process dialog and picks the process by its (Chinese) name. */
  public void openStartForm(String processName) {
    browser.click(By.cssSelector(".start-process-action a"));
    browser.visible(By.cssSelector(".modal-dialog"));
    browser.click(
        By.xpath(
            "//ul[contains(@class,'processes')]//a[normalize-space(.)='" + processName + "']"));
    waitForForm();
  }

  /** The start dialog's start button. */
  public void submitStartForm() {
    browser.click(By.cssSelector(".modal-footer button[ng-click='startProcessInstance()']"));
  }

  /** Clicks a Tasklist filter by its (Chinese) name. */
  public void openFilter(String filterName) {
    browser.click(
        By.xpath(
            "//div[contains(@class,'task-filter')]//h4[contains(@class,'name')]"
                + "/a[normalize-space(text())='"
                + filterName
                + "']"));
    browser.visible(
        By.xpath(
            "//div[contains(@class,'task-filter') and contains(@class,"
                + "'active')]//a[normalize-space(text())='"
                + filterName
                + "']"));
  }

  /**
   * Orders the current filter's list newest first (as the list's sort menu does), so a task just
   * created is on the first page however many older ones the database holds.
   */
  public void sortNewestFirst() {
    String url = browser.driver().getCurrentUrl();
    int query = url.indexOf('?', Math.max(0, url.indexOf('#')));
    String base = query < 0 ? url : url.substring(0, query);
    String others =
        query < 0
            ? ""
            : java.util.Arrays.stream(url.substring(query + 1).split("&"))
                .filter(param -> !param.isEmpty() && !param.startsWith("sorting="))
                .map(param -> "&" + param)
                .collect(java.util.stream.Collectors.joining());
    String sorting = "sorting=%5B%7B%22sortBy%22:%22created%22,%22sortOrder%22:%22desc%22%7D%5D";
    browser.open(base + "?" + sorting + others);
  }

  /** The Tasklist filter of this name, when it is the selected one. */
  public static By activeFilter(String name) {
    return By.xpath(
        "//div[contains(@class,'task-filter') and contains(@class,'active')]"
            + "//a[normalize-space(text())='"
            + name
            + "']");
  }

  /** The card of this task in the current filter's list. */
  public static By taskCard(String taskId) {
    return By.xpath(
        "//ol[contains(@class,'tasks-list')]/li[contains(@class,'task')]"
            + "[.//a[contains(@href,'task="
            + taskId
            + "')]]");
  }

  /** The task list entry with this task name whose text shows {@code text} (e.g. a name). */
  public By taskInList(String taskName, String text) {
    return By.xpath(
        "//ol[contains(@class,'tasks-list')]/li[contains(@class,'task')]"
            + "[.//h4[contains(@class,'task')]/a[normalize-space(.)='"
            + taskName
            + "']]"
            + "[contains(., '"
            + text
            + "')]");
  }

  /** Opens the task list entry and waits for its Camunda Form. */
  public void openTask(By listEntry) {
    browser.visible(listEntry).findElement(By.cssSelector("h4.task a")).click();
    waitForForm();
  }

  /** Claims the open group task (its form stays disabled until then). */
  public void claimTask() {
    browser.click(By.cssSelector("button.claim[ng-click='claim()']"));
    browser.visible(By.cssSelector("button.unclaim[ng-click='unclaim()']"));
  }

  /** Clicks the task form's complete button and waits until the form is gone. */
  public void completeTask() {
    By complete = By.cssSelector(".form-actions button[ng-click='complete()']");
    browser.click(complete);
    browser.gone(complete);
  }

  // ---------------------------------------------------------------- Camunda Forms (form-js)

  /**
   * Opens a task by id inside the current filter (as a link from a notice would) and waits for its
   * form.
   */
  public void openTaskById(String taskId) {
    String url = browser.driver().getCurrentUrl().replaceAll("&task=[^&]*", "");
    browser.open(url + (url.contains("?") ? "&" : "?") + "task=" + taskId);
    waitForForm();
  }

  private void waitForForm() {
    browser.visible(By.cssSelector(".fjs-container form.fjs-form"));
  }

  /** The element of a form field; form-js ids end in {@code -<component id>[suffix]}. */
  public static By field(String componentId, String suffix) {
    return By.cssSelector("[id$='-" + componentId + suffix + "']");
  }

  /** Types into a text field or text area. */
  public void fillText(String componentId, String text) {
    browser.type(field(componentId, ""), text);
  }

  /** Chooses an option of a (non-searchable) select by its label: a custom dropdown. */
  public void select(String componentId, String optionLabel) {
    // focusing the field (e.g. by tabbing into it) already opens the list; a click would close it
    if (browser.driver().findElements(dropdownItem(componentId, optionLabel)).isEmpty()) {
      browser.click(field(componentId, "-display"));
    }
    chooseOption(componentId, optionLabel);
  }

  /** Types into a searchable select and chooses the matching option. */
  public void search(String componentId, String optionLabel) {
    browser.type(field(componentId, ""), optionLabel);
    chooseOption(componentId, optionLabel);
  }

  private static By dropdownItem(String componentId, String optionLabel) {
    return By.xpath(
        "//*[contains(@class,'fjs-form-field')][.//*[substring(@id, "
            + "string-length(@id) - "
            + componentId.length()
            + ") = '-"
            + componentId
            + "']]"
            + "//div[contains(@class,'fjs-dropdownlist-item') and normalize-space(.)='"
            + optionLabel
            + "']");
  }

  private void chooseOption(String componentId, String optionLabel) {
    browser.click(dropdownItem(componentId, optionLabel));
    browser.until(
        componentId + " shows " + optionLabel, d -> selectedLabel(componentId).equals(optionLabel));
  }

  /** The label a select shows (display text or search input value). */
  public String selectedLabel(String componentId) {
    var display = browser.driver().findElements(field(componentId, "-display"));
    return display.isEmpty()
        ? browser.driver().findElement(field(componentId, "")).getDomProperty("value")
        : display.get(0).getText().trim();
  }

  /** Clicks the radio option with this label. */
  public void radio(String componentId, String optionLabel) {
    browser.click(
        By.xpath(
            "//label[.//input[@type='radio' and contains(@id, '-"
                + componentId
                + "-')] and normalize-space(.)='"
                + optionLabel
                + "']/input"));
  }

  /**
   * Types a date into a date picker as {@code yyyy-MM-dd}, the format the Chinese Tasklist shows
   * and parses ({@code partyunion/formjs-zh.js}), then leaves the field and waits until it shows
   * the date so.
   */
  public void date(String componentId, LocalDate date) {
    String text = date.toString();
    WebElement input = browser.type(field(componentId, "-date"), text);
    input.sendKeys(Keys.TAB);
    browser.until(componentId + " keeps " + text, d -> text.equals(input.getDomProperty("value")));
  }

  /** The current value of an input (text field, read-only field, date input). */
  public String value(String componentId, String suffix) {
    return browser.visible(field(componentId, suffix)).getDomProperty("value");
  }
}
