-- The last passwords of each user as the engine stored them (salted hash and salt, never the
-- password), so that the password policy refuses one of the last five (issue 16, 身份鉴别;
-- shared/security/PasswordPolicyPlugin). Written when a password is set.
CREATE TABLE id_password_history (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  user_id       VARCHAR(64)  NOT NULL,
  password_hash VARCHAR(255) NOT NULL,
  salt          VARCHAR(255),
  changed_at    DATETIME     NOT NULL
);
CREATE INDEX ix_id_password_history_user ON id_password_history (user_id, id);
