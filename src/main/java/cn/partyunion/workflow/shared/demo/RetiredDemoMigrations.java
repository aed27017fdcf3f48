package cn.partyunion.workflow.shared.demo;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Forgets the two demo migrations the demo profile once applied as Flyway versions ({@code
 * db/demo/V9_2_1__…}, {@code V9_3_1__…}), in every profile, before Flyway validates. A database
 * that ran with {@code demo} before the demo data left Flyway holds them in its schema history;
 * without this, Flyway would refuse to start on it ("applied migrations not resolved locally") now
 * that no profile has these files. Only those two exact rows (version and script) are deleted; the
 * rows they inserted stay, and {@link DemoData}'s scripts and the reference migrations skip what
 * exists. Remove this class once no such database is left.
 */
@Component
public class RetiredDemoMigrations implements Callback {

  private static final Logger LOG = LoggerFactory.getLogger(RetiredDemoMigrations.class);

  /** Version → script of the retired demo migrations. */
  static final Map<String, String> RETIRED =
      Map.of(
          "9.2.1", "V9_2_1__demo_direct_report_enterprises.sql",
          "9.3.1", "V9_3_1__review_meeting_units.sql");

  @Override
  public boolean supports(Event event, Context context) {
    return event == Event.BEFORE_VALIDATE;
  }

  @Override
  public boolean canHandleInTransaction(Event event, Context context) {
    return true;
  }

  @Override
  public void handle(Event event, Context context) {
    String table = context.getConfiguration().getTable();
    Connection connection = context.getConnection();
    try {
      if (!exists(connection, table)) {
        return;
      }
      String q = connection.getMetaData().getIdentifierQuoteString().trim();
      // Flyway creates the table and its columns with quoted lower-case names (H2 keeps them so)
      try (PreparedStatement delete =
          connection.prepareStatement(
              "DELETE FROM "
                  + q
                  + table
                  + q
                  + " WHERE "
                  + q
                  + "version"
                  + q
                  + " = ? AND "
                  + q
                  + "script"
                  + q
                  + " = ?")) {
        for (Map.Entry<String, String> retired : RETIRED.entrySet()) {
          delete.setString(1, retired.getKey());
          delete.setString(2, retired.getValue());
          if (delete.executeUpdate() > 0) {
            LOG.info(
                "Forgot the retired demo migration {} ({}) in {}",
                retired.getKey(),
                retired.getValue(),
                table);
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot remove retired demo migrations from " + table, e);
    }
  }

  private static boolean exists(Connection connection, String table) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    for (String name : new String[] {table, table.toUpperCase(Locale.ROOT)}) {
      try (ResultSet tables =
          meta.getTables(connection.getCatalog(), connection.getSchema(), name, null)) {
        if (tables.next()) {
          return true;
        }
      }
    }
    return false;
  }

  @Override
  public String getCallbackName() {
    return "retiredDemoMigrations";
  }
}
