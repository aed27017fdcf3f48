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
        "1|1|1|0|好 34% · 较好 33% · 一般 33% · 差 0%",
        "0|1|1|1|好 0% · 较好 34% · 一般 33% · 差 33%",
        "1|1|1|1|好 25% · 较好 25% · 一般 25% · 差 25%",
        "1|5|1|0|好 14% · 较好 72% · 一般 14% · 差 0%",
        "1|2|0|0|好 33% · 较好 67% · 一般 0% · 差 0%",
        "0|0|1|1|好 0% · 较好 0% · 一般 50% · 差 50%",
        "1|0|0|199|好 1% · 较好 0% · 一般 0% · 差 99%"
      })
  void sharesAreWholePerCentsOfThePanelInGradeOrder(
      int excellent, int good, int fair, int poor, String expected) {
    assertThat(ResultsTable.shares(excellent, good, fair, poor)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}/{1}/{2}/{3} adds up to 100")
  @CsvSource({"1,1,1,0", "2,2,2,1", "3,3,3,3", "1,1,1,4", "7,5,3,2", "1,0,0,199", "0,0,0,6"})
  void sharesAlwaysAddUpToOneHundred(int excellent, int good, int fair, int poor) {
    int sum = 0;
    for (String part : ResultsTable.shares(excellent, good, fair, poor).split(" · ")) {
      sum += Integer.parseInt(part.replaceAll("[^0-9]", ""));
    }
    assertThat(sum).isEqualTo(100);
  }
}
