package cn.partyunion.workflow.shared.security;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The users' last passwords as salted hashes ({@code id_password_history}). */
@Mapper
public interface PasswordHistoryMapper {

  /** A stored password: the engine's hash of password + salt, and the salt. */
  record StoredPassword(String passwordHash, String salt) {}

  /** The last {@code limit} passwords of {@code userId}, newest first. */
  List<StoredPassword> findLast(@Param("userId") String userId, @Param("limit") int limit);

  /** Appends the password just set. */
  void insert(
      @Param("userId") String userId,
      @Param("passwordHash") String passwordHash,
      @Param("salt") String salt,
      @Param("changedAt") LocalDateTime changedAt);
}
