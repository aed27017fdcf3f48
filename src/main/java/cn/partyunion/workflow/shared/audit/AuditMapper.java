package cn.partyunion.workflow.shared.audit;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The audit trail's table {@code audit_event}: insert, read, and delete rows older than the
 * retention — there is no update.
 */
@Mapper
public interface AuditMapper {

  /** Appends one row ({@code id} is generated). */
  void insert(AuditEvent event);

  /**
   * One page of the rows matching {@code filter}, newest first.
   *
   * @param offset rows to skip
   * @param limit rows to return
   */
  List<AuditEvent> find(
      @Param("f") AuditFilter filter, @Param("offset") int offset, @Param("limit") int limit);

  /** How many rows match {@code filter}. */
  long count(@Param("f") AuditFilter filter);

  /**
   * Deletes the rows that occurred before {@code cutoff}.
   *
   * @return the rows deleted
   */
  int deleteOccurredBefore(@Param("cutoff") LocalDateTime cutoff);
}
