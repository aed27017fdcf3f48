package cn.partyunion.workflow.shared.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Flyway 17.4–17.6 on a database of before issue 16 (an H2 database of its own, migrated to 17.1
 * and filled with plain numbers): every number ends up encrypted with its hash, the timeline's and
 * the engine's phone numbers masked, the plain columns gone; paging by two rows; an empty database
 * passes.
 */
class PrivacyMigrationTest {

  private final PersonalDataCipher cipher =
      new PersonalDataCipher(new PrivacyKeys(PrivacyCipherTest.KEY, PrivacyCipherTest.SEARCH_KEY));

  @Test
  void plainRowsOfBeforeVersion17_4AreEncryptedAndThePlainColumnsDropped() {
    DriverManagerDataSource db = database();
    flyway(db, "17.1").migrate();
    JdbcTemplate jdbc = new JdbcTemplate(db);
    jdbc.update("INSERT INTO dr_park (code, name) VALUES ('p1', '园区')");
    jdbc.update(
        "INSERT INTO dr_enterprise (code, name, industry, park_code, liaison_id)"
            + " VALUES ('e1', '企业', '新材料', 'p1', 'l1')");
    for (int i = 1; i <= 5; i++) {
      String id = "32060219900307" + String.format("%04d", i);
      jdbc.update(
          "INSERT INTO dr_candidate (record_no, enterprise_code, park_code, candidate_name, gender,"
              + " ethnicity, birth_date, id_number, open_id_number, phone, education, job_title,"
              + " skill_level, talent_category, political_status, discovery_channel,"
              + " recommendation_reason, status, nominated_at, industry)"
              + " VALUES (?, 'e1', 'p1', '王建国', 'MALE', '汉族', DATE '1990-03-07', ?, ?, ?, '大专',"
              + " '车工', '高级工', 'TECHNICAL_EXPERT', 'MASSES', '主题党日', '理由', ?,"
              + " TIMESTAMP '2025-01-01 09:00:00', '新材料')",
          "ZB2025" + i,
          id,
          i == 5 ? null : id,
          "1390000000" + i,
          i == 5 ? "WITHDRAWN" : "UNDER_REVIEW");
      jdbc.update(
          "INSERT INTO dr_pairing (record_no, role, person_name, phone, named_at)"
              + " VALUES (?, 'MENTOR', '李红', ?, TIMESTAMP '2025-02-01 09:00:00')",
          "ZB2025" + i,
          "1380000000" + i);
      jdbc.update(
          "INSERT INTO dr_review_record (record_no, step, comment, decided_at)"
              + " VALUES (?, 'MENTOR_NAMED', ?, TIMESTAMP '2025-02-01 09:00:00')",
          "ZB2025" + i,
          "李红（1380000000" + i + "）");
    }
    jdbc.update(
        "INSERT INTO dr_officer (code, name, unit, phone) VALUES ('o1', '张三', '区发改委', '13700000001')");
    // engine tables of before issue 12 (the typed values as variables), as far as V17_5 reads them
    jdbc.execute(
        "CREATE TABLE ACT_HI_VARINST (ID_ VARCHAR(64) PRIMARY KEY, NAME_ VARCHAR(255), TEXT_ VARCHAR(4000))");
    jdbc.update("INSERT INTO ACT_HI_VARINST VALUES ('1', 'idNumber', '320602199003070001')");
    jdbc.update("INSERT INTO ACT_HI_VARINST VALUES ('2', 'phone', '13900000001')");
    jdbc.update("INSERT INTO ACT_HI_VARINST VALUES ('3', 'mentorPhone', '13800000001')");
    jdbc.update("INSERT INTO ACT_HI_VARINST VALUES ('4', 'idNumber', '320602********0002')");
    jdbc.update("INSERT INTO ACT_HI_VARINST VALUES ('5', 'candidateName', '13900000001')");

    flyway(db, null).migrate();

    List<Map<String, Object>> rows =
        jdbc.queryForList(
            "SELECT record_no, id_number_cipher, id_number_hash, open_id_number_hash, phone_cipher"
                + " FROM dr_candidate ORDER BY record_no");
    assertThat(rows).hasSize(5);
    for (int i = 1; i <= 5; i++) {
      Map<String, Object> row = rows.get(i - 1);
      String id = "32060219900307" + String.format("%04d", i);
      assertThat(cipher.decrypt((String) row.get("ID_NUMBER_CIPHER"))).isEqualTo(id);
      assertThat(row.get("ID_NUMBER_HASH")).isEqualTo(cipher.searchHash(id));
      assertThat(row.get("OPEN_ID_NUMBER_HASH")).isEqualTo(i == 5 ? null : cipher.searchHash(id));
      assertThat(cipher.decrypt((String) row.get("PHONE_CIPHER"))).isEqualTo("1390000000" + i);
    }
    assertThat(
            jdbc
                .queryForList(
                    "SELECT phone_cipher FROM dr_pairing ORDER BY record_no", String.class)
                .stream()
                .map(cipher::decrypt))
        .containsExactly("13800000001", "13800000002", "13800000003", "13800000004", "13800000005");
    assertThat(
            cipher.decrypt(
                jdbc.queryForObject("SELECT phone_cipher FROM dr_officer", String.class)))
        .isEqualTo("13700000001");
    assertThat(
            jdbc.queryForList(
                "SELECT comment FROM dr_review_record ORDER BY record_no", String.class))
        .containsExactly(
            "李红（138****0001）",
            "李红（138****0002）",
            "李红（138****0003）",
            "李红（138****0004）",
            "李红（138****0005）");
    assertThat(jdbc.queryForList("SELECT TEXT_ FROM ACT_HI_VARINST ORDER BY ID_", String.class))
        .containsExactly(
            "320602********0001",
            "139****0001",
            "138****0001",
            "320602********0002",
            "13900000001");
    assertThat(
            jdbc.queryForList(
                "SELECT LOWER(COLUMN_NAME) FROM INFORMATION_SCHEMA.COLUMNS"
                    + " WHERE LOWER(TABLE_NAME) IN ('dr_candidate', 'dr_pairing', 'dr_officer')",
                String.class))
        .doesNotContain("id_number", "open_id_number", "phone")
        .contains("id_number_cipher", "id_number_hash", "open_id_number_hash", "phone_cipher");
    // the unique constraint moved to the hash: two open cases with one ID number are refused
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.INDEXES"
                    + " WHERE LOWER(INDEX_NAME) = 'uq_dr_candidate_open_id_number_hash'",
                Integer.class))
        .isPositive();
  }

  @Test
  void anEmptyDatabaseMigratesToTheLatestVersion() {
    DriverManagerDataSource db = database();
    flyway(db, null).migrate();
    assertThat(flyway(db, null).info().current().getVersion())
        .isGreaterThanOrEqualTo(MigrationVersion.fromVersion("17.6"));
  }

  private Flyway flyway(DriverManagerDataSource db, String target) {
    var config =
        Flyway.configure()
            .dataSource(db)
            .locations("classpath:db/migration", "classpath:db/vendor/h2")
            .javaMigrations(new EncryptPersonalDataMigration(cipher, 2));
    if (target != null) {
      config.target(target);
    }
    return config.load();
  }

  private static DriverManagerDataSource database() {
    return new DriverManagerDataSource(
        "jdbc:h2:mem:privacy"
            + ThreadLocalRandom.current().nextInt(1_000_000)
            + ";DB_CLOSE_DELAY=-1",
        "sa",
        "");
  }
}
