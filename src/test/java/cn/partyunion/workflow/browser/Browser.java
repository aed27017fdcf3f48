package cn.partyunion.workflow.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium shared by the tests of a class (see {@link BrowserExtension}), with
 * explicit waits (at most {@link #TIMEOUT} each, never sleeps) and numbered screenshots: {@code
 * target/screenshots/<test>/<nn>-<step>.png}.
 */
public final class Browser implements AutoCloseable {

  /** Longest time any single wait may take. */
  public static final Duration TIMEOUT = Duration.ofSeconds(20);

  private static final Path TARGET = Path.of("target");

  private final ChromeDriver driver;
  private Path screenshotDir;
  private int step;

  Browser() {
    this.driver = BrowserSupport.startChromium(TARGET.resolve("browser"));
  }

  /** Starts a new screenshot folder {@code target/screenshots/<testName>/}, emptied first. */
  void beginTest(String testName) {
    screenshotDir = TARGET.resolve("screenshots").resolve(testName);
    step = 0;
    try {
      if (Files.isDirectory(screenshotDir)) {
        try (var files = Files.list(screenshotDir)) {
          for (Path file : files.toList()) {
            Files.delete(file);
          }
        }
      }
      Files.createDirectories(screenshotDir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public WebDriver driver() {
    return driver;
  }

  /** Opens a URL. */
  public void open(String url) {
    driver.get(url);
  }

  /** Waits (at most {@link #TIMEOUT}) until the condition yields a non-null, non-false value. */
  public <T> T until(String what, Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, TIMEOUT)
        .ignoring(StaleElementReferenceException.class)
        .withMessage(what)
        .until(condition);
  }

  /** The first visible element matching the locator, waiting for it. */
  public WebElement visible(By locator) {
    return until("visible: " + locator, ExpectedConditions.visibilityOfElementLocated(locator));
  }

  /** Waits for an element to be clickable and clicks it. */
  public WebElement click(By locator) {
    WebElement element =
        until("clickable: " + locator, ExpectedConditions.elementToBeClickable(locator));
    scrollIntoView(element);
    element.click();
    return element;
  }

  /** Replaces the text of an input or textarea. */
  public WebElement type(By locator, String text) {
    WebElement element = visible(locator);
    scrollIntoView(element);
    element.click();
    element.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    element.sendKeys(text);
    return element;
  }

  /** Waits until some visible element matching the locator contains the text; returns it. */
  public WebElement textAppears(By locator, String text) {
    return until(
        "text '" + text + "' in " + locator,
        d -> {
          List<WebElement> elements = d.findElements(locator);
          return elements.stream()
              .filter(e -> e.isDisplayed() && e.getText().contains(text))
              .findFirst()
              .orElse(null);
        });
  }

  /** Waits until no visible element matches the locator. */
  public void gone(By locator) {
    until("gone: " + locator, ExpectedConditions.invisibilityOfElementLocated(locator));
  }

  /**
   * Forgets everything the site at {@code origin} ({@code http://localhost:<port>}) keeps in this
   * browser — cookies (the webapps' session and CSRF token) and localStorage (drafts, language
   * choice, Tasklist's settings) — from a blank page, so that no script of the site runs while its
   * cookies go (a page's request in flight would otherwise open a new session with a token of its
   * own half-way through). A fresh visitor afterwards.
   */
  public void forgetSite(String origin) {
    driver.get("about:blank");
    driver.executeCdpCommand(
        "Storage.clearDataForOrigin",
        java.util.Map.of("origin", origin, "storageTypes", "cookies,local_storage"));
    driver.executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
  }

  /** Runs JavaScript in the page. */
  public Object script(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  private void scrollIntoView(WebElement element) {
    script("arguments[0].scrollIntoView({block: 'center'});", element);
  }

  /**
   * Saves a screenshot of the current page as {@code <nn>-<step>.png}; {@code step} is a short
   * ASCII slug like {@code start-form-filled}.
   */
  public Path screenshot(String stepName) {
    step++;
    Path file = screenshotDir.resolve(String.format("%02d-%s.png", step, stepName));
    try {
      Path png = driver.getScreenshotAs(OutputType.FILE).toPath();
      Files.move(png, file, StandardCopyOption.REPLACE_EXISTING);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Saves a screenshot, the page source and the browser console after a failure, for diagnosis. */
  void saveFailure() {
    if (screenshotDir == null) {
      return;
    }
    try {
      screenshot("FAILED");
      Files.writeString(
          screenshotDir.resolve("FAILED-page.html"),
          driver.getPageSource(),
          StandardCharsets.UTF_8);
      Files.writeString(
          screenshotDir.resolve("FAILED-console.txt"), consoleLog(), StandardCharsets.UTF_8);
    } catch (RuntimeException | IOException e) {
      System.err.println("[browser] could not save the failure page: " + e);
    }
  }

  /**
   * The browser console's entries since the last call (level, time, message), one per line: the
   * webapps' and custom scripts' errors.
   */
  public String consoleLog() {
    StringBuilder log = new StringBuilder();
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      log.append(entry.getLevel())
          .append(' ')
          .append(java.time.Instant.ofEpochMilli(entry.getTimestamp()))
          .append(' ')
          .append(entry.getMessage())
          .append('\n');
    }
    return log.toString();
  }

  @Override
  public void close() {
    driver.quit();
  }
}
