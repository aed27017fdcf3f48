package cn.partyunion.workflow.shared.designation;

import java.util.Collection;

/**
 * The published service of the direct-report process for a change of an enterprise's 特约培养联系人
 * (DOMAIN §7.3): the replaced liaison leaves the enterprise's tenant, so work already assigned to
 * them would be seen by nobody. Implemented by the {@code directreport} package, called by the
 * enterprise register's provisioning (inside its privileged command), so that neither process
 * package depends on the other.
 */
public interface LiaisonHandover {

  /**
   * Hands the open work of {@code enterpriseCode}'s cases assigned to one of {@code
   * earlierLiaisons} to {@code liaisonId}: assignee, candidate user and the case's variable that
   * names the liaison.
   *
   * @param enterpriseCode the enterprise's code (= the cases' tenant)
   * @param earlierLiaisons user ids of the liaisons named for it before (the current one is
   *     ignored)
   * @param liaisonId the liaison the register names now (an existing login)
   * @return how many tasks changed hands
   */
  int handOver(String enterpriseCode, Collection<String> earlierLiaisons, String liaisonId);
}
