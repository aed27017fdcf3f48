package cn.partyunion.workflow.shared.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.stereotype.Component;

/**
 * Makes the application's text columns on H2 hold as many characters as on MySQL.
 *
 * <p>The migrations declare {@code VARCHAR(n)} and the application limits user text to
 * {@code n} code points (utf8mb4 characters, e.g. a Chinese name with a rare character or an
 * emoji). MySQL counts code points; H2 counts UTF-16 units, in which a character outside the
 * Basic Multilingual Plane takes two. After every migration run on H2, each application
 * {@code VARCHAR} column not yet widened is set to {@code 2n} units and marked with the remark
 * {@value #MARK}, so that {@code n} code points fit on both databases. Camunda's own tables
 * ({@code ACT_…}) and Flyway's history are left alone. Other databases are not touched.
 */
@Component
public class H2CodePointColumns implements Callback {

  /** Remark on a widened column; columns carrying it are not widened again. */
  public static final String MARK = "length in code points x2";

  @Override
  public boolean supports(Event event, Context context) {
    return event == Event.AFTER_MIGRATE;
  }

  @Override
  public boolean canHandleInTransaction(Event event, Context context) {
    return true;
  }

  @Override
  public void handle(Event event, Context context) {
    try {
      Connection connection = context.getConnection();
      if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
        return;
      }
      List<String> alterations = widenings(connection);
      try (Statement statement = connection.createStatement()) {
        for (String alter : alterations) {
          statement.execute(alter);
        }
      }
    } catch (SQLException e) {
      throw new FlywayException("widening text columns on H2 failed: " + e.getMessage(), e);
    }
  }

  private static List<String> widenings(Connection connection) throws SQLException {
    List<String> statements = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement("""
        SELECT TABLE_NAME, COLUMN_NAME, CHARACTER_MAXIMUM_LENGTH FROM INFORMATION_SCHEMA.COLUMNS
        WHERE TABLE_SCHEMA = CURRENT_SCHEMA AND DATA_TYPE = 'CHARACTER VARYING'
          AND TABLE_NAME NOT LIKE 'ACT\\_%' ESCAPE '\\' AND TABLE_NAME <> 'flyway_schema_history'
          AND (REMARKS IS NULL OR REMARKS <> ?)""")) {
      query.setString(1, MARK);
      ResultSet columns = query.executeQuery();
      while (columns.next()) {
        String column = "\"" + columns.getString(1) + "\".\"" + columns.getString(2) + "\"";
        statements.add("ALTER TABLE \"" + columns.getString(1) + "\" ALTER COLUMN \""
            + columns.getString(2) + "\" SET DATA TYPE VARCHAR(" + 2 * columns.getLong(3) + ")");
        statements.add("COMMENT ON COLUMN " + column + " IS '" + MARK + "'");
      }
    }
    return statements;
  }

  @Override
  public String getCallbackName() {
    return "h2-code-point-columns";
  }
}
