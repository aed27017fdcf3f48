package cn.partyunion.workflow.chairstipend;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Rule values of the chair stipend that an administrator may change without a code change ({@code
 * partyunion.chair-stipend.*} in application.yaml). The amounts per grade and membership tier are
 * in the DMN table {@code chairStipendAmount}, the grade bands in {@code chairAssessmentGrade}.
 *
 * @param selfReportDeadline time a chair has for the self-report after the quarter opens (DOMAIN §3
 *     default 15 days, {@code P15D}); after it: "no stipend: no self-report"
 * @param standaloneMinMembers union members from which a union must stand alone (单独建会) and below
 *     which it must report directly to a town union (直属); seed 001: 200 members
 * @param minMonthlyAmount lowest paid monthly amount in yuan (seed 001: 120 yuan)
 * @param maxMonthlyAmount highest paid monthly amount in yuan (seed 001: 350 yuan)
 * @param minDutiesSummaryLength minimum characters of a self-report (DOMAIN §3: 20)
 * @param rosterPageSize chairs per page (one job, one transaction) of the roster and of the chair
 *     instances started at once (default 200)
 * @param assessmentCheckInterval how often the quarter checks whether every chair's self-report and
 *     assessment is done (default {@code PT1H})
 */
@ConfigurationProperties("partyunion.chair-stipend")
public record ChairStipendProperties(
    Duration selfReportDeadline,
    int standaloneMinMembers,
    int minMonthlyAmount,
    int maxMonthlyAmount,
    int minDutiesSummaryLength,
    int rosterPageSize,
    Duration assessmentCheckInterval) {}
