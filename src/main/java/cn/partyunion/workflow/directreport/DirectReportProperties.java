package cn.partyunion.workflow.directreport;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tunable rule values of the direct-report channel ({@code partyunion.direct-report.*}).
 *
 * @param reviewDue time allowed for each review task (DOMAIN §1.7, default 10 days); a task is
 *     flagged yellow after it and red after twice it
 * @param inspectionPeriod time between two inspections (DOMAIN §1.6, default 6 months)
 * @param minimumCultivation cultivation time after entering the information database before the
 *     organization department may mark a candidate mature (DOMAIN §1.6, default 12 months)
 * @param minimumAgeYears minimum age in years on the nomination day (DOMAIN §1, default 18)
 * @param ageBands upper ages (inclusive, ascending) of the statistics' age bands but the last:
 *     default 25, 35, 45 = 25岁及以下, 26–35岁, 36–45岁, 46岁及以上 (age today in whole years)
 */
@ConfigurationProperties("partyunion.direct-report")
public record DirectReportProperties(
    @DefaultValue("P10D") Period reviewDue,
    @DefaultValue("P6M") Period inspectionPeriod,
    @DefaultValue("P12M") Period minimumCultivation,
    @DefaultValue("18") int minimumAgeYears,
    @DefaultValue({"25", "35", "45"}) java.util.List<Integer> ageBands) {}
