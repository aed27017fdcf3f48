package cn.partyunion.workflow.enterprisedesignation;

import cn.partyunion.workflow.shared.engine.EngineClock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a confirmed batch and provisions its enterprises ({@link ChannelProvisioning}): the one
 * way an enterprise enters the channel, used by the confirmation ({@code DesignateBatchDelegate})
 * and by the demo profile's direct designation of its 43 enterprises.
 */
@Component
public class BatchDesignation {

  private final DesignationMapper mapper;
  private final ChannelProvisioning provisioning;

  public BatchDesignation(DesignationMapper mapper, ChannelProvisioning provisioning) {
    this.mapper = mapper;
    this.provisioning = provisioning;
  }

  /**
   * Stores the confirmed batch of {@code year} and provisions each of its enterprises.
   *
   * @param enterprises the designated enterprises as the register names them
   * @param sides for each enterprise code, the sides that recommended it (empty for a direct
   *     designation)
   * @param actor who confirmed (user id), or {@code null}
   */
  @Transactional
  public void designate(
      int year,
      List<RegisteredEnterprise> enterprises,
      Map<String, Set<CommitteeKind>> sides,
      String actor) {
    var now = EngineClock.current();
    for (RegisteredEnterprise enterprise : enterprises) {
      Set<CommitteeKind> kinds = sides.getOrDefault(enterprise.code(), Set.of());
      mapper.insertDesignation(
          year,
          enterprise,
          kinds.contains(CommitteeKind.PARK),
          kinds.contains(CommitteeKind.CHAIN),
          actor,
          now);
      provisioning.provision(enterprise, mapper.findEarlierLiaisons(enterprise.code(), year));
    }
    mapper.confirmBatch(year, actor, now);
  }

  /**
   * Designates {@code codes} for {@code year} without the process (demo data), once: a year that
   * has a batch already is left as it is.
   */
  @Transactional
  public void designateDirectly(int year, List<String> codes) {
    if (mapper.findBatch(year) != null) {
      return;
    }
    mapper.insertBatch(
        year, null, EngineClock.today().withYear(year), "OPEN", null, EngineClock.current());
    designate(year, mapper.findEnterprises(codes), Map.of(), null);
  }
}
