package cn.partyunion.workflow.chairstipend;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The chair register ({@code cs_chair}). */
@Mapper
public interface ChairRegisterMapper {

  /**
   * @return rows changed: 0 when the chair is not registered yet
   */
  int update(@Param("chair") Chair chair, @Param("now") LocalDateTime now);

  int insert(@Param("chair") Chair chair, @Param("now") LocalDateTime now);

  Chair find(@Param("chairId") String chairId);

  /** Up to {@code limit} chairs with ids after {@code afterChairId} (null: from the first). */
  List<Chair> page(@Param("afterChairId") String afterChairId, @Param("limit") int limit);
}
