-- Users who must change their password before they may do anything else (issue 16, 身份鉴别:
-- a first login with a password an administrator set, in Admin or as a one-time password;
-- shared/security/PasswordChange). A row is written when someone other than the user sets the
-- password and deleted when the user sets their own.
CREATE TABLE id_password_change (
  user_id    VARCHAR(64) NOT NULL PRIMARY KEY,
  set_by     VARCHAR(64),
  set_at     DATETIME    NOT NULL
);
