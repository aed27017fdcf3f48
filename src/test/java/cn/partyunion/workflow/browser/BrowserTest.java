package cn.partyunion.workflow.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a browser test class: skipped (reason printed) without Chromium/chromedriver unless {@code
 * -Dbrowser.required=true}; test methods take a {@link Browser} parameter. Put it before
 * {@code @SpringBootTest} so the check runs before the application starts.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
@ExtendWith(BrowserExtension.class)
public @interface BrowserTest {}
