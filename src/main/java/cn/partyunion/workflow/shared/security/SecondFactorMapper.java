package cn.partyunion.workflow.shared.security;

import java.time.LocalDateTime;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The users' TOTP secrets ({@code id_second_factor}). */
@Mapper
public interface SecondFactorMapper {

  /** A user's row: the encrypted secret, whether confirmed, the last step accepted. */
  record Row(String secretCipher, LocalDateTime confirmedAt, Long lastStep) {}

  /** The row of {@code userId}, or null. */
  Row find(@Param("userId") String userId);

  /** Removes the row of {@code userId}. */
  void delete(@Param("userId") String userId);

  /** Adds an unconfirmed row. */
  void insert(
      @Param("userId") String userId,
      @Param("secretCipher") String secretCipher,
      @Param("createdAt") LocalDateTime createdAt);

  /**
   * Records {@code step} as accepted (and the row confirmed) unless a later or equal step was
   * accepted already.
   *
   * @return 1 when recorded, 0 for a replayed code
   */
  int accept(
      @Param("userId") String userId,
      @Param("step") long step,
      @Param("confirmedAt") LocalDateTime confirmedAt);
}
