package cn.partyunion.workflow.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Finds the installed Chromium and chromedriver (Debian packages {@code chromium}, {@code
 * chromium-driver}) and starts a headless, Chinese-speaking browser with them. The driver path is
 * always given explicitly, so Selenium Manager never looks for or downloads a driver.
 *
 * <p>System properties: {@code browser.chromium} (default {@code /usr/bin/chromium}), {@code
 * browser.chromedriver} (default {@code webdriver.chrome.driver}, else {@code
 * /usr/bin/chromedriver}), {@code browser.required} ({@code true}: a missing browser fails the
 * browser tests instead of skipping them; the pom passes it to surefire, {@code .ci/run} sets it).
 */
public final class BrowserSupport {

  /** Window size in CSS pixels: tall enough that a whole Camunda Form fits one screenshot. */
  static final int WIDTH = 1440;

  static final int HEIGHT = 1800;

  /** The users' time zone (the application's JVM runs in it too). */
  static final String TIME_ZONE = "Asia/Shanghai";

  /** Selenium's CDP version finder warns on every start that Chromium is newer than it knows. */
  private static final Logger CDP_LOGGER = Logger.getLogger("org.openqa.selenium.devtools");

  private BrowserSupport() {}

  /** Chromium's executable (property {@code browser.chromium}). */
  public static Path chromium() {
    return Path.of(System.getProperty("browser.chromium", "/usr/bin/chromium"));
  }

  /** chromedriver's executable (property {@code browser.chromedriver}). */
  public static Path chromedriver() {
    return Path.of(
        System.getProperty(
            "browser.chromedriver",
            System.getProperty(
                ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, "/usr/bin/chromedriver")));
  }

  /** Whether a missing browser must fail the tests (property {@code browser.required}). */
  public static boolean required() {
    return Boolean.parseBoolean(System.getProperty("browser.required", "false"));
  }

  /** Why no browser test can run here, or empty when Chromium and chromedriver are present. */
  public static Optional<String> missingReason() {
    for (Path executable : List.of(chromium(), chromedriver())) {
      if (!Files.isExecutable(executable)) {
        return Optional.of(
            executable
                + " is missing or not executable (install the Debian "
                + "packages chromium and chromium-driver, or set -Dbrowser.chromium / "
                + "-Dbrowser.chromedriver)");
      }
    }
    return Optional.empty();
  }

  /**
   * Starts headless Chromium through chromedriver: fresh profile under {@code target/}, no
   * background traffic, language zh-CN ({@code --lang} and {@code Accept-Language}), time zone
   * Asia/Shanghai.
   */
  static ChromeDriver startChromium(Path workDir) {
    CDP_LOGGER.setLevel(Level.SEVERE);
    File driver = chromedriver().toFile();
    System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, driver.getPath());
    try {
      Files.createDirectories(workDir);
      Path profile = Files.createTempDirectory(workDir, "chromium-profile-");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(chromium().toFile());
      options.addArguments(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--disable-dev-shm-usage",
          "--no-first-run",
          "--user-data-dir=" + profile,
          "--window-size=" + WIDTH + "," + HEIGHT,
          "--lang=zh-CN");
      options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
      // the page's console (errors of the webapps and our custom scripts), saved after a failure
      options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(driver)
              .usingAnyFreePort()
              .withLogFile(workDir.resolve("chromedriver.log").toFile())
              .withTimeout(Duration.ofSeconds(20))
              .withEnvironment(
                  Map.of("TZ", TIME_ZONE, "LANG", "zh_CN.UTF-8", "LANGUAGE", "zh_CN:zh"))
              .build();
      ChromeDriver chromium = new ChromeDriver(service, options);
      // headless Chromium ignores --lang for JavaScript's Intl (form-js date formats): set the
      // page locale the way a zh-CN desktop has it
      chromium.executeCdpCommand("Emulation.setLocaleOverride", Map.of("locale", "zh-CN"));
      return chromium;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
