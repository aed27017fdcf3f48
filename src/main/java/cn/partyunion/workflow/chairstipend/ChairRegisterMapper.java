package cn.partyunion.workflow.chairstipend;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The chair register ({@code cs_chair}); ID and phone numbers are written encrypted and read back
 * in full (shared/privacy {@code EncryptedText}), the ID number's search hash keeps it unique.
 */
@Mapper
public interface ChairRegisterMapper {

  /**
   * @return rows changed: 0 when the chair is not registered yet
   */
  int update(@Param("chair") Chair chair, @Param("now") LocalDateTime now);

  int insert(@Param("chair") Chair chair, @Param("now") LocalDateTime now);

  /** The chair with its ID and phone number, or null. */
  Chair find(@Param("chairId") String chairId);

  /** The id of the chair registered with {@code idNumber}, or null. */
  String findByIdNumber(@Param("idNumber") String idNumber);

  /**
   * Up to {@code limit} chairs with ids after {@code afterChairId} (null: from the first), without
   * ID and phone number (the roster needs neither).
   */
  List<Chair> page(@Param("afterChairId") String afterChairId, @Param("limit") int limit);

  /** How many chairs match {@code filter}. */
  long count(@Param("f") ChairFilter filter);

  /**
   * The chairs matching {@code filter}, ordered by chair id, rows {@code offset}… ({@code limit}
   * null: all).
   */
  List<Chair> search(
      @Param("f") ChairFilter filter, @Param("offset") int offset, @Param("limit") Integer limit);
}
