package cn.partyunion.workflow.reviewmeeting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each panel's shares of the four grades in the confirmation table (DOMAIN §2.4), at the edges. */
class ResultsTableTest {

  @ParameterizedTest(name = "{0}/{1}/{2}/{3} → {4}")
  @CsvSource(
      delimiter = '|',
      value = {
        "0|0|0|0|无人评定",
        "1|0|0|0|好 100% · 较好 0% · 一般 0% · 差 0%",
        "3|2|0|0|好 60% · 较好 40% · 一般 0% · 差 0%",
        "1|1|1|0|好 33% · 较好 33% · 一般 33% · 差 0%",
        "1|2|0|0|好 33% · 较好 67% · 一般 0% · 差 0%",
        "0|0|1|1|好 0% · 较好 0% · 一般 50% · 差 50%",
        "1|0|0|199|好 1% · 较好 0% · 一般 0% · 差 100%"
      })
  void sharesAreWholePerCentsOfThePanelInGradeOrder(
      int excellent, int good, int fair, int poor, String expected) {
    assertThat(ResultsTable.shares(excellent, good, fair, poor)).isEqualTo(expected);
  }
}
