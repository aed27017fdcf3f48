package cn.partyunion.workflow.directreport;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Reads the register of direct-report enterprises and parks (tables dr_enterprise, dr_park). */
@Mapper
public interface EnterpriseMapper {

  /** The enterprise with this code, or {@code null}. */
  Enterprise findByCode(@Param("code") String code);

  /** Every registered enterprise, by code. */
  List<Enterprise> findAll();

  /** The enterprises whose group is among {@code groupIds} (an enterprise contact's own). */
  List<Enterprise> findByCodes(@Param("codes") List<String> groupIds);

  /**
   * Codes of the enterprises a non-privileged user may see: their own enterprise group, the
   * enterprises of their park groups, and the enterprises they are liaison of.
   */
  List<String> findCodesVisibleTo(
      @Param("userId") String userId, @Param("groupIds") List<String> groupIds);

  /** A park: code (= the park committee's group) and name. */
  record Park(String code, String name) {}

  /** The parks whose code is among {@code groupIds} (a park committee's own), by code. */
  List<Park> findParksIn(@Param("groupIds") List<String> groupIds);

  /** Every registered park, by code. */
  List<Park> findParks();

  /** The park with this code, or {@code null}. */
  Park findPark(@Param("code") String code);
}
