package cn.partyunion.workflow.directreport;

import cn.partyunion.workflow.shared.security.ApiException;
import cn.partyunion.workflow.shared.security.CurrentUser;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Who may read which direct-report records through the API (DOMAIN §4): the organization department
 * (and administrators) every case with full ID numbers; an enterprise contact their enterprise's
 * cases, a park committee its park's enterprises, a liaison the enterprises linked to them.
 * Statistics and supervision: the organization department all parks, a park committee its own park,
 * nobody else.
 */
@Component
class RecordVisibility {

  private final CurrentUser currentUser;
  private final EnterpriseMapper enterprises;

  RecordVisibility(CurrentUser currentUser, EnterpriseMapper enterprises) {
    this.currentUser = currentUser;
    this.enterprises = enterprises;
  }

  /** True for the organization department and administrators. */
  boolean seesEverything() {
    return currentUser.isIn(DirectReportRoles.ORGDEPT);
  }

  /** {@code null} = all enterprises; otherwise the codes the caller may see (maybe none). */
  List<String> visibleEnterprises() {
    if (seesEverything()) {
      return null;
    }
    return enterprises.findCodesVisibleTo(currentUser.id(), currentUser.groups());
  }

  /**
   * The parks whose statistics and supervision the caller may read, narrowed to {@code park}:
   * {@code null} = all parks (organization department without {@code park}).
   *
   * @throws ApiException 400 for an unknown park, 403 for a caller who is neither organization
   *     department nor park committee, or a park committee asking for another park
   */
  List<String> parksFor(String park) {
    if (seesEverything()) {
      if (park == null) {
        return null;
      }
      if (enterprises.findPark(park) == null) {
        throw ApiException.badRequest("园区 " + park + " 不存在。");
      }
      return List.of(park);
    }
    List<String> own =
        currentUser.isIn(DirectReportRoles.PARK)
            ? enterprises.findParksIn(currentUser.groups()).stream()
                .map(EnterpriseMapper.Park::code)
                .toList()
            : List.of();
    if (own.isEmpty()) {
      throw ApiException.forbidden("只有区委组织部和开发园区党工委可以查看统计与督办。");
    }
    if (park == null) {
      return own;
    }
    if (!own.contains(park)) {
      throw ApiException.forbidden("无权查看其他园区的统计与督办。");
    }
    return List.of(park);
  }
}
