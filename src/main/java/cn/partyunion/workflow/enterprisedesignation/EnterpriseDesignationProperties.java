package cn.partyunion.workflow.enterprisedesignation;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Rule values of the yearly designation an administrator may change ({@code
 * partyunion.enterprise-designation.*} in application.yaml).
 *
 * @param reminderBeforeDeadline committees still without a recommendation are reminded this long
 *     before the end of the deadline day (days)
 * @param closeAfterDeadline the recommendation stage closes this long after the deadline: a
 *     committee that recommended after the deadline but before the close is recorded as late, one
 *     that did not recommend at all as missing (red light)
 * @param requireDoubleRecommendation seed 004 "双推荐": only an enterprise recommended both by its
 *     park committee and by its industry-chain committee may be designated
 * @param reasonMinLength characters a recommendation reason must have at least
 */
@ConfigurationProperties("partyunion.enterprise-designation")
public record EnterpriseDesignationProperties(
    Period reminderBeforeDeadline,
    Period closeAfterDeadline,
    boolean requireDoubleRecommendation,
    int reasonMinLength) {}
