package cn.partyunion.workflow.enterprisedesignation;

import cn.partyunion.workflow.enterprisedesignation.RegisterEntries.CommitteeEntry;
import cn.partyunion.workflow.enterprisedesignation.RegisterEntries.EnterpriseEntry;
import cn.partyunion.workflow.enterprisedesignation.RegisterEntries.LiaisonEntry;
import cn.partyunion.workflow.enterprisedesignation.RegisterEntries.OfficerEntry;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * Storage of the registers of DOMAIN §7 (tables {@code dr_park}, {@code dr_chain}, {@code
 * dr_liaison}, {@code dr_officer}, {@code dr_enterprise}). Searches take a LIKE pattern ({@code
 * like}, null = all rows) over key and name; pages are by key ({@code limit} null = all rows).
 */
@Mapper
public interface RegisterMapper {

  /** The keys of an enterprise that must be unique across the register. */
  record EnterpriseKeys(String code, String creditCode, String contactId) {}

  /** {@code table}: {@code dr_park} or {@code dr_chain} (a constant of the code, never input). */
  CommitteeEntry findCommittee(@Param("table") String table, @Param("code") String code);

  List<CommitteeEntry> pageCommittees(
      @Param("table") String table,
      @Param("pattern") String like,
      @Param("offset") int offset,
      @Param("limit") Integer limit);

  long countCommittees(@Param("table") String table, @Param("pattern") String like);

  List<String> committeeCodes(@Param("table") String table);

  void insertCommittee(@Param("table") String table, @Param("row") CommitteeEntry row);

  void updateCommittee(@Param("table") String table, @Param("row") CommitteeEntry row);

  LiaisonEntry findLiaison(@Param("userId") String userId);

  List<LiaisonEntry> pageLiaisons(
      @Param("pattern") String like, @Param("offset") int offset, @Param("limit") Integer limit);

  long countLiaisons(@Param("pattern") String like);

  List<String> liaisonIds();

  void insertLiaison(@Param("row") LiaisonEntry row);

  void updateLiaison(@Param("row") LiaisonEntry row);

  OfficerEntry findOfficer(@Param("code") String code);

  List<OfficerEntry> pageOfficers(
      @Param("pattern") String like, @Param("offset") int offset, @Param("limit") Integer limit);

  long countOfficers(@Param("pattern") String like);

  List<String> officerCodes();

  void insertOfficer(@Param("row") OfficerEntry row);

  void updateOfficer(@Param("row") OfficerEntry row);

  EnterpriseEntry findEnterprise(@Param("code") String code);

  /** Also matched: the credit code and the contact's user id. */
  List<EnterpriseEntry> pageEnterprises(
      @Param("pattern") String like, @Param("offset") int offset, @Param("limit") Integer limit);

  long countEnterprises(@Param("pattern") String like);

  List<EnterpriseKeys> enterpriseKeys();

  void insertEnterprise(@Param("row") EnterpriseEntry row);

  void updateEnterprise(@Param("row") EnterpriseEntry row);
}
