package cn.partyunion.workflow.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * JUnit 5 extension of the browser tests (use {@link BrowserTest}).
 *
 * <ul>
 *   <li>Before the class (and before any Spring context starts): without Chromium or chromedriver
 *       the tests are skipped with the reason printed — or fail when {@code
 *       -Dbrowser.required=true}.
 *   <li>Injects a {@link Browser} into test methods: one browser per test class, closed after the
 *       class; screenshots go to {@code target/screenshots/<TestClass>.<method>/}.
 *   <li>After a failed test: a screenshot {@code <nn>-FAILED.png} and the page source.
 * </ul>
 */
public class BrowserExtension implements BeforeAllCallback, ParameterResolver, TestWatcher {

  private static final Namespace NAMESPACE = Namespace.create(BrowserExtension.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    Optional<String> missing = BrowserSupport.missingReason();
    if (missing.isEmpty()) {
      return;
    }
    String test = context.getRequiredTestClass().getSimpleName();
    if (BrowserSupport.required()) {
      fail("Browser tests are required (-Dbrowser.required=true) but " + missing.get());
    }
    System.out.println("[browser] SKIPPED " + test + ": " + missing.get());
    Assumptions.abort("no browser: " + missing.get());
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Browser.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Browser browser = browser(context);
    browser.beginTest(
        context.getRequiredTestClass().getSimpleName()
            + "."
            + context.getRequiredTestMethod().getName());
    return browser;
  }

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    existingBrowser(context).ifPresent(Browser::saveFailure);
  }

  private static Browser browser(ExtensionContext context) {
    return classStore(context)
        .getOrComputeIfAbsent(
            Browser.class, key -> new CloseableBrowser(new Browser()), CloseableBrowser.class)
        .browser();
  }

  private static Optional<Browser> existingBrowser(ExtensionContext context) {
    return Optional.ofNullable(classStore(context).get(Browser.class, CloseableBrowser.class))
        .map(CloseableBrowser::browser);
  }

  private static ExtensionContext.Store classStore(ExtensionContext context) {
    ExtensionContext classContext = context;
    while (classContext.getTestMethod().isPresent()) {
      classContext = classContext.getParent().orElseThrow();
    }
    return classContext.getStore(NAMESPACE);
  }

  /** Quits the browser when JUnit closes the class's store. */
  private record CloseableBrowser(Browser browser)
      implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() {
      browser.close();
    }
  }
}
