package cn.partyunion.workflow.shared.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * A 纪实 whose steps were all recorded without a user (engine API, jobs) still reads: the names of no
 * one answer {@code null} for a missing actor instead of failing (it was a 500).
 */
class UserNamesTest {

  @Test
  void theNamesOfNoOneGiveNullForAStepWithoutAnActor() {
    UserNames names = new UserNames(null, null);
    assertThat(names.of(Arrays.asList((String) null)).get(null)).isNull();
    assertThat(names.of(java.util.List.of()).get(null)).isNull();
  }
}
