package cn.partyunion.workflow.shared.security;

import java.time.LocalDateTime;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The users who must change their password first ({@code id_password_change}). */
@Mapper
public interface PasswordChangeMapper {

  /** 1 when {@code userId} must change their password, else 0. */
  int countRequired(@Param("userId") String userId);

  /** Removes the user's row (the user set their own password). */
  void delete(@Param("userId") String userId);

  /** Adds the row; call {@link #delete} first (one row per user). */
  void insert(
      @Param("userId") String userId,
      @Param("setBy") String setBy,
      @Param("setAt") LocalDateTime setAt);
}
