package cn.partyunion.workflow.reviewmeeting;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The registers of reporting units ({@code rm_unit}) and raters ({@code rm_rater}); phone numbers
 * are written encrypted and read back in full (shared/privacy {@code EncryptedText}).
 */
@Mapper
public interface HongheRegisterMapper {

  /** The unit {@code unitCode}, or null. */
  RegisteredUnit findUnit(@Param("unitCode") String unitCode);

  /** Units whose code starts with {@code prefix} or whose name holds {@code contains}. */
  long countUnits(@Param("prefix") String prefix, @Param("contains") String contains);

  /**
   * The units of {@link #countUnits} in reporting order, rows {@code offset}… ({@code limit} null:
   * all).
   */
  List<RegisteredUnit> searchUnits(
      @Param("prefix") String prefix,
      @Param("contains") String contains,
      @Param("offset") int offset,
      @Param("limit") Integer limit);

  /** The code of another unit named {@code unitName}, or null. */
  String findUnitNamed(@Param("unitName") String unitName, @Param("unitCode") String unitCode);

  /** The largest sort order (0 without units). */
  int maxSortOrder();

  void insertUnit(@Param("u") RegisteredUnit unit, @Param("now") LocalDateTime now);

  void updateUnit(@Param("u") RegisteredUnit unit, @Param("now") LocalDateTime now);

  /** The rater {@code raterId}, or null. */
  RegisteredRater findRater(@Param("raterId") String raterId);

  long countRaters(
      @Param("prefix") String prefix,
      @Param("contains") String contains,
      @Param("panel") String panel);

  /** The raters of {@link #countRaters} by id, rows {@code offset}… ({@code limit} null: all). */
  List<RegisteredRater> searchRaters(
      @Param("prefix") String prefix,
      @Param("contains") String contains,
      @Param("panel") String panel,
      @Param("offset") int offset,
      @Param("limit") Integer limit);

  void insertRater(@Param("r") RegisteredRater rater, @Param("now") LocalDateTime now);

  void updateRater(@Param("r") RegisteredRater rater, @Param("now") LocalDateTime now);
}
