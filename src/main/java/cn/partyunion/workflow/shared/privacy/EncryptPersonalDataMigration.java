package cn.partyunion.workflow.shared.privacy;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 17.5 (issue 16, step 2 of 3, between V17_4 and V17_6): encrypts what was stored
 * in plain text before version 17.4, page by page ({@code partyunion.privacy.migration-page-size}
 * rows by key):
 *
 * <ul>
 *   <li>{@code dr_candidate}: {@code id_number} → {@code id_number_cipher} and {@code
 *       id_number_hash}, {@code open_id_number} → {@code open_id_number_hash}, {@code phone} →
 *       {@code phone_cipher};
 *   <li>{@code dr_pairing.phone} and {@code dr_officer.phone} → {@code phone_cipher};
 *   <li>the mentor's and inspector's phone numbers in the timeline ({@code
 *       dr_review_record.comment} of the steps {@code MENTOR_NAMED}, {@code INSPECTOR_NAMED})
 *       masked ({@link Masking#phone});
 *   <li>the engine's string variables {@code idNumber}, {@code phone}, {@code mentorPhone}, {@code
 *       inspectorPhone} (runtime, history, history details), where the engine's tables exist
 *       already and a value is still unmasked, masked.
 * </ul>
 *
 * A Spring bean (Spring Boot hands {@link JavaMigration} beans to Flyway), so that it has the keys.
 * An empty database passes through it at once. Flyway runs it once per database, and a row done
 * already is skipped, so a migration stopped half-way (MySQL has no transactional DDL) can run
 * again.
 */
@Component
public class EncryptPersonalDataMigration implements JavaMigration {

  private static final List<String> MASKED_VARIABLES =
      List.of("idNumber", "phone", "mentorPhone", "inspectorPhone");

  private final PersonalDataCipher cipher;
  private final int pageSize;

  public EncryptPersonalDataMigration(
      PersonalDataCipher cipher,
      @Value("${partyunion.privacy.migration-page-size:500}") int pageSize) {
    this.cipher = cipher;
    this.pageSize = pageSize;
  }

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("17.5");
  }

  @Override
  public String getDescription() {
    return "personal data encrypted";
  }

  @Override
  public Integer getChecksum() {
    return null;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    candidates(connection);
    phones(connection, "dr_pairing", "id");
    phones(connection, "dr_officer", "code");
    timeline(connection);
    for (String table : List.of("ACT_RU_VARIABLE", "ACT_HI_VARINST", "ACT_HI_DETAIL")) {
      if (exists(connection, table)) {
        variables(connection, table);
      }
    }
  }

  private void candidates(Connection connection) throws SQLException {
    long after = Long.MIN_VALUE;
    while (true) {
      List<Object[]> rows = new ArrayList<>();
      try (PreparedStatement select =
          connection.prepareStatement(
              "SELECT id, id_number, open_id_number, phone FROM dr_candidate"
                  + " WHERE id > ? AND id_number_cipher IS NULL ORDER BY id LIMIT ?")) {
        select.setLong(1, after);
        select.setInt(2, pageSize);
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            rows.add(
                new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)});
          }
        }
      }
      if (rows.isEmpty()) {
        return;
      }
      try (PreparedStatement update =
          connection.prepareStatement(
              "UPDATE dr_candidate SET id_number_cipher = ?, id_number_hash = ?,"
                  + " open_id_number_hash = ?, phone_cipher = ? WHERE id = ?")) {
        for (Object[] row : rows) {
          String idNumber = (String) row[1];
          update.setString(1, cipher.encrypt(idNumber));
          update.setString(2, cipher.searchHash(idNumber));
          update.setString(3, cipher.searchHash((String) row[2]));
          update.setString(4, cipher.encrypt((String) row[3]));
          update.setLong(5, (Long) row[0]);
          update.addBatch();
          after = (Long) row[0];
        }
        update.executeBatch();
      }
    }
  }

  /** {@code table.phone} → {@code phone_cipher}, by the string or number key {@code key}. */
  private void phones(Connection connection, String table, String key) throws SQLException {
    convert(
        connection,
        "SELECT " + key + ", phone FROM " + table,
        "phone IS NOT NULL AND phone_cipher IS NULL",
        key,
        "UPDATE " + table + " SET phone_cipher = ? WHERE " + key + " = ?",
        cipher::encrypt);
  }

  private void timeline(Connection connection) throws SQLException {
    convert(
        connection,
        "SELECT id, comment FROM dr_review_record",
        "step IN ('MENTOR_NAMED', 'INSPECTOR_NAMED') AND comment IS NOT NULL",
        "id",
        "UPDATE dr_review_record SET comment = ? WHERE id = ?",
        Masking::phonesIn);
  }

  private void variables(Connection connection, String table) throws SQLException {
    convert(
        connection,
        "SELECT ID_, NAME_, TEXT_ FROM " + table,
        "NAME_ IN ('" + String.join("', '", MASKED_VARIABLES) + "') AND TEXT_ IS NOT NULL",
        "ID_",
        "UPDATE " + table + " SET TEXT_ = ? WHERE ID_ = ?",
        null);
  }

  /**
   * Pages through {@code select} (key first, then the value; with a variable table the name before
   * the value) where {@code condition}, by {@code key}, and writes {@code convert(value)} through
   * {@code update} (new value, key) where it differs. {@code convert} {@code null}: the engine's
   * masking by variable name.
   */
  private void convert(
      Connection connection,
      String select,
      String condition,
      String key,
      String update,
      UnaryOperator<String> convert)
      throws SQLException {
    Object after = null;
    while (true) {
      List<Object[]> changed = new ArrayList<>();
      int read = 0;
      String sql =
          select
              + " WHERE "
              + condition
              + (after == null ? "" : " AND " + key + " > ?")
              + " ORDER BY "
              + key
              + " LIMIT ?";
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        int p = 1;
        if (after != null) {
          statement.setObject(p++, after);
        }
        statement.setInt(p, pageSize);
        try (ResultSet rs = statement.executeQuery()) {
          while (rs.next()) {
            read++;
            after = rs.getObject(1);
            String value;
            String next;
            if (convert == null) {
              value = rs.getString(3);
              next = "idNumber".equals(rs.getString(2)) ? maskedId(value) : Masking.phone(value);
            } else {
              value = rs.getString(2);
              next = convert.apply(value);
            }
            if (next != null && !next.equals(value)) {
              changed.add(new Object[] {next, after});
            }
          }
        }
      }
      if (!changed.isEmpty()) {
        try (PreparedStatement statement = connection.prepareStatement(update)) {
          for (Object[] row : changed) {
            statement.setString(1, (String) row[0]);
            statement.setObject(2, row[1]);
            statement.addBatch();
          }
          statement.executeBatch();
        }
      }
      if (read < pageSize) {
        return;
      }
    }
  }

  /** A full ID number masked; a masked one (with {@code *}) as it is. */
  private static String maskedId(String value) {
    return value.contains("*") ? value : Masking.idNumber(value);
  }

  private static boolean exists(Connection connection, String table) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    for (String name : List.of(table, table.toLowerCase(Locale.ROOT))) {
      try (ResultSet rs =
          meta.getTables(connection.getCatalog(), null, name, new String[] {"TABLE"})) {
        if (rs.next()) {
          return true;
        }
      }
    }
    return false;
  }
}
