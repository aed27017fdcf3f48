package cn.partyunion.workflow.shared.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import cn.partyunion.workflow.WorkflowApplication;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.NestedExceptionUtils;

/**
 * The {@code mysql} (production) profile without the keys of personal data at rest: the application
 * does not start, and says why in Chinese and English (an embedded database of its own stands in
 * for MySQL: the refusal comes before any table is touched).
 */
@Tag("own-jvm")
class PrivacyStartupRefusalTest {

  @Test
  void theProductionProfileDoesNotStartWithoutTheKeys() {
    Assumptions.assumeTrue(
        System.getenv("PARTYUNION_PRIVACY_ENCRYPTION_KEY") == null, "keys set in this environment");
    Throwable refused =
        catchThrowable(
            () ->
                new SpringApplicationBuilder(WorkflowApplication.class)
                    .run(
                        "--spring.profiles.active=mysql",
                        "--spring.datasource.url=jdbc:h2:mem:nokeys"
                            + ThreadLocalRandom.current().nextInt(1_000_000),
                        "--spring.datasource.driver-class-name=org.h2.Driver",
                        "--spring.datasource.username=sa",
                        "--server.port=0",
                        "--spring.main.banner-mode=off",
                        "--camunda.bpm.process-engine-name=nokeys",
                        "--camunda.bpm.job-execution.enabled=false",
                        "--ADMIN_PASSWORD=no-keys-check")
                    .close());
    assertThat(refused).isNotNull();
    assertThat(NestedExceptionUtils.getMostSpecificCause(refused))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("未配置个人信息加密密钥 partyunion.privacy.encryption-key")
        .hasMessageContaining("PARTYUNION_PRIVACY_ENCRYPTION_KEY")
        .hasMessageContaining("the application does not start without it");
  }
}
