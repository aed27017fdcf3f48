package cn.partyunion.workflow.shared.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.partyunion.workflow.HttpApi;
import cn.partyunion.workflow.WorkflowSpringTest;
import cn.partyunion.workflow.directreport.CandidateMapper;
import cn.partyunion.workflow.directreport.Nominations;
import cn.partyunion.workflow.shared.engine.EngineClock;
import cn.partyunion.workflow.shared.testkit.RestForms;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Key rotation ({@link PersonalDataRotation}, {@link PrivacyKeys}) on the test database (H2, and
 * MariaDB in CI's second pass): with a new encryption key (version 2, the demo key kept as version
 * 1) and a new search key, one rotation in pages of two leaves every value of every table under
 * version 2, readable with the new key alone and not with the old one, every search hash under the
 * new search key, and the case still found by its ID number; a second run changes nothing; rotating
 * back restores what the application (demo keys) reads, as its own search by ID number shows.
 */
@WorkflowSpringTest
class PrivacyRotationTest {

  private static final String NEW_KEY = "EBESExQVFhcYGRobHB0eHw==";
  private static final String NEW_SEARCH_KEY = "QEFCQ0RFRkdISUpLTE1OT1BRUlNUVVZXWFlaW1xdXl8=";
  private static final String SECOND_FACTOR_USER = "rotation1";

  @Autowired DataSource dataSource;
  @Autowired PlatformTransactionManager transactions;
  @Autowired JdbcTemplate jdbc;
  @Autowired PersonalDataCipher applicationCipher;
  @Autowired CandidateMapper candidates;
  @LocalServerPort int port;

  @Value("${partyunion.privacy.encryption-key}")
  String demoKey;

  @Value("${partyunion.privacy.search-key}")
  String demoSearchKey;

  private PersonalDataRotation rotation(PrivacyKeys keys) {
    return new PersonalDataRotation(
        keys, new PersonalDataCipher(keys), dataSource, transactions, 2);
  }

  private static final List<String[]> CIPHER_COLUMNS =
      List.of(
          new String[] {"dr_candidate", "id_number_cipher"},
          new String[] {"dr_candidate", "phone_cipher"},
          new String[] {"dr_pairing", "phone_cipher"},
          new String[] {"dr_officer", "phone_cipher"},
          new String[] {"id_second_factor", "secret_cipher"});

  @Test
  void afterRotationEveryRowDecryptsWithTheNewKeyOnlyAndTheSearchFindsThePerson() {
    Map<String, Object> nomination = Nominations.valid();
    String idNumber = (String) nomination.get("idNumber");
    HttpApi.Response started =
        new HttpApi(port, "/engine-rest")
            .call(
                "POST",
                "ent01",
                "/process-definition/key/directReport/submit-form",
                RestForms.body(nomination));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String recordNo = candidates.findOpenByIdNumber(idNumber, null).recordNo();
    jdbc.update("DELETE FROM id_second_factor WHERE user_id = ?", SECOND_FACTOR_USER);
    jdbc.update(
        "INSERT INTO id_second_factor (user_id, secret_cipher, created_at) VALUES (?, ?, ?)",
        SECOND_FACTOR_USER,
        applicationCipher.encrypt("JBSWY3DPEHPK3PXP"),
        EngineClock.current());

    PrivacyKeys rotated = new PrivacyKeys(NEW_KEY, 2, "1:" + demoKey, NEW_SEARCH_KEY, "demo");
    PrivacyKeys back = new PrivacyKeys(demoKey, 1, "2:" + NEW_KEY, demoSearchKey, "new");
    try {
      Map<String, Integer> changed = rotation(rotated).rotate();
      assertThat(changed.get("dr_candidate")).isPositive();
      assertThat(changed.get("id_second_factor")).isPositive();

      PersonalDataCipher newOnly =
          new PersonalDataCipher(new PrivacyKeys(NEW_KEY, 2, "", NEW_SEARCH_KEY, ""));
      for (String[] column : CIPHER_COLUMNS) {
        List<String> values =
            jdbc.queryForList(
                "SELECT "
                    + column[1]
                    + " FROM "
                    + column[0]
                    + " WHERE "
                    + column[1]
                    + " IS NOT NULL",
                String.class);
        assertThat(values)
            .as(column[0] + "." + column[1])
            .allSatisfy(
                v -> {
                  assertThat(v).startsWith("v2:");
                  assertThat(newOnly.decrypt(v)).isNotNull();
                  assertThatThrownBy(() -> applicationCipher.decrypt(v))
                      .isInstanceOf(PersonalDataException.class);
                });
      }
      for (Map<String, Object> row :
          jdbc.queryForList(
              "SELECT id_number_cipher, id_number_hash, open_id_number_hash FROM dr_candidate"
                  + " WHERE id_number_cipher IS NOT NULL")) {
        Map<String, Object> r = lower(row);
        String hash = newOnly.searchHash(newOnly.decrypt((String) r.get("id_number_cipher")));
        assertThat(r.get("id_number_hash")).isEqualTo(hash);
        if (r.get("open_id_number_hash") != null) {
          assertThat(r.get("open_id_number_hash")).isEqualTo(hash);
        }
      }
      assertThat(
              jdbc.queryForList(
                  "SELECT record_no FROM dr_candidate WHERE open_id_number_hash = ?",
                  String.class,
                  newOnly.searchHash(idNumber)))
          .containsExactly(recordNo);
      assertThat(rotation(rotated).rotate().values()).as("a second run").containsOnly(0);
    } finally {
      rotation(back).rotate();
      jdbc.update("DELETE FROM id_second_factor WHERE user_id = ?", SECOND_FACTOR_USER);
    }
    assertThat(candidates.findOpenByIdNumber(idNumber, null).recordNo())
        .as("the application's own search after rotating back")
        .isEqualTo(recordNo);
    assertThat(
            jdbc.queryForList(
                "SELECT id_number_cipher FROM dr_candidate WHERE id_number_cipher IS NOT NULL",
                String.class))
        .allSatisfy(v -> assertThat(v).startsWith("v1:"));
  }

  @Test
  void aValueOfAnUnconfiguredKeyVersionIsRefusedInChineseAndBadPreviousKeysStopTheStart() {
    PersonalDataCipher v2 =
        new PersonalDataCipher(new PrivacyKeys(NEW_KEY, 2, "", NEW_SEARCH_KEY, ""));
    String old = applicationCipher.encrypt("320602199003070011");
    assertThatThrownBy(() -> v2.decrypt(old))
        .isInstanceOf(PersonalDataException.class)
        .hasMessageContaining("密钥版本 v1 未配置");
    PersonalDataCipher both =
        new PersonalDataCipher(new PrivacyKeys(NEW_KEY, 2, "1:" + demoKey, NEW_SEARCH_KEY, ""));
    assertThat(both.decrypt(old)).isEqualTo("320602199003070011");
    assertThat(both.isCurrent(old)).isFalse();
    assertThat(both.encrypt("x")).startsWith("v2:");
    assertThatThrownBy(() -> new PrivacyKeys(NEW_KEY, 2, "2:" + demoKey, NEW_SEARCH_KEY, ""))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("旧加密密钥 v2 无效");
    assertThatThrownBy(() -> new PrivacyKeys(NEW_KEY, 2, "1:" + NEW_KEY, NEW_SEARCH_KEY, ""))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new PrivacyKeys(NEW_KEY, 2, "eins:" + demoKey, NEW_SEARCH_KEY, ""))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("<版本>:<Base64>");
    assertThatThrownBy(() -> new PrivacyKeys(NEW_KEY, 10, "", NEW_SEARCH_KEY, ""))
        .isInstanceOf(IllegalStateException.class);
  }

  private static Map<String, Object> lower(Map<String, Object> row) {
    Map<String, Object> lower = new java.util.LinkedHashMap<>();
    row.forEach((k, v) -> lower.put(k.toLowerCase(java.util.Locale.ROOT), v));
    return lower;
  }
}
