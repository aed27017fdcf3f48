-- The optional second factor (TOTP, RFC 6238) of administrators and the organization department
-- (issue 16, 身份鉴别 GB/T 22239-2019 8.1.4.1 d; shared/security/SecondFactor). The secret is
-- encrypted like personal data (SM4/GCM, v1:...); confirmed_at is null until the first code is
-- confirmed; last_step is the last time step accepted (a code is accepted once).
CREATE TABLE id_second_factor (
  user_id       VARCHAR(64)  NOT NULL PRIMARY KEY,
  secret_cipher VARCHAR(255) NOT NULL,
  created_at    DATETIME     NOT NULL,
  confirmed_at  DATETIME,
  last_step     BIGINT
);
