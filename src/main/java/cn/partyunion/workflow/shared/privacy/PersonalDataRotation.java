package cn.partyunion.workflow.shared.privacy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Key rotation of personal data at rest (GB/T 22239-2019 8.1.4.8; issue 16): re-encrypts every
 * value that is not under the current encryption key ({@link PersonalDataCipher#isCurrent}) and
 * recomputes every search hash under the current search key (the plain text comes from decryption),
 * page by page ({@code partyunion.privacy.migration-page-size} rows by key, one transaction each,
 * so a stopped rotation goes on where it stopped at the next start): {@code dr_candidate} ({@code
 * id_number_cipher}, {@code phone_cipher}, {@code id_number_hash}, {@code open_id_number_hash}),
 * {@code dr_pairing.phone_cipher}, {@code dr_officer.phone_cipher} and the second factors' secrets
 * ({@code id_second_factor.secret_cipher}).
 *
 * <p>Runs at start while {@link PrivacyKeys#rotating} (previous keys configured), after Flyway and
 * before the web server takes requests, so that no search meets a half-rotated table. Once it has
 * logged its counts, the previous keys can be removed from the configuration.
 */
@Component
public class PersonalDataRotation implements SmartInitializingSingleton {

  private static final Logger LOG = LoggerFactory.getLogger(PersonalDataRotation.class);

  private final PrivacyKeys keys;
  private final PersonalDataCipher cipher;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final int pageSize;

  public PersonalDataRotation(
      PrivacyKeys keys,
      PersonalDataCipher cipher,
      DataSource dataSource,
      PlatformTransactionManager transactions,
      @Value("${partyunion.privacy.migration-page-size:500}") int pageSize) {
    this.keys = keys;
    this.cipher = cipher;
    this.jdbc = new JdbcTemplate(dataSource);
    this.transaction = new TransactionTemplate(transactions);
    this.pageSize = pageSize;
  }

  @Override
  public void afterSingletonsInstantiated() {
    if (keys.rotating()) {
      LOG.info("Personal data key rotation: {}", rotate());
    }
  }

  /**
   * Rotates every table.
   *
   * @return rows changed by table
   * @throws PersonalDataException when a value cannot be decrypted with any configured key
   */
  public Map<String, Integer> rotate() {
    Map<String, Integer> changed = new LinkedHashMap<>();
    changed.put(
        "dr_candidate",
        table(
            "dr_candidate",
            "id",
            List.of("id_number_cipher", "phone_cipher", "id_number_hash", "open_id_number_hash"),
            row -> {
              String idNumber = cipher.decrypt((String) row.get("id_number_cipher"));
              return new Object[] {
                current((String) row.get("id_number_cipher")),
                current((String) row.get("phone_cipher")),
                row.get("id_number_hash") == null ? null : cipher.searchHash(idNumber),
                row.get("open_id_number_hash") == null ? null : cipher.searchHash(idNumber)
              };
            }));
    for (String[] table :
        new String[][] {
          {"dr_pairing", "id", "phone_cipher"},
          {"dr_officer", "code", "phone_cipher"},
          {"id_second_factor", "user_id", "secret_cipher"}
        }) {
      changed.put(
          table[0],
          table(
              table[0],
              table[1],
              List.of(table[2]),
              row -> new Object[] {current((String) row.get(table[2]))}));
    }
    return changed;
  }

  /** {@code stored} under the current key (unchanged when it is already). */
  private String current(String stored) {
    return stored == null || cipher.isCurrent(stored)
        ? stored
        : cipher.encrypt(cipher.decrypt(stored));
  }

  /**
   * Pages through {@code table} by {@code key}, writes {@code columns} as {@code rotated} computes
   * them where they differ.
   */
  private int table(
      String table,
      String key,
      List<String> columns,
      Function<Map<String, Object>, Object[]> rotated) {
    String select = "SELECT " + key + ", " + String.join(", ", columns) + " FROM " + table;
    String update =
        "UPDATE " + table + " SET " + String.join(" = ?, ", columns) + " = ? WHERE " + key + " = ?";
    Object after = null;
    int changed = 0;
    while (true) {
      Object from = after;
      List<Map<String, Object>> rows =
          from == null
              ? jdbc.queryForList(select + " ORDER BY " + key + " LIMIT ?", pageSize)
              : jdbc.queryForList(
                  select + " WHERE " + key + " > ? ORDER BY " + key + " LIMIT ?", from, pageSize);
      if (rows.isEmpty()) {
        return changed;
      }
      List<Object[]> updates = new ArrayList<>();
      for (Map<String, Object> raw : rows) {
        Map<String, Object> row = new LinkedHashMap<>();
        raw.forEach((name, value) -> row.put(name.toLowerCase(java.util.Locale.ROOT), value));
        Object[] values = rotated.apply(row);
        boolean differs = false;
        for (int i = 0; i < columns.size(); i++) {
          differs |= !Objects.equals(values[i], row.get(columns.get(i)));
        }
        if (differs) {
          Object[] arguments = java.util.Arrays.copyOf(values, values.length + 1);
          arguments[values.length] = row.get(key);
          updates.add(arguments);
        }
        after = row.get(key);
      }
      if (!updates.isEmpty()) {
        transaction.executeWithoutResult(status -> jdbc.batchUpdate(update, updates));
        changed += updates.size();
      }
    }
  }
}
