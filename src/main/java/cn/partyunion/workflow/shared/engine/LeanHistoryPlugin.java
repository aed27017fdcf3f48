package cn.partyunion.workflow.shared.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Registers {@link LeanHistoryLevel} with the engine, so that {@code camunda.bpm.history-level:
 * partyunion-lean} selects it. A database that ran with {@code full} before is moved to the lean
 * level once, before the engine compares its configured level with the stored one (Camunda refuses
 * to start on a mismatch): lean writes a subset of full, so the history kept so far stays valid.
 * The reverse (back to {@code full}) is an administrator's manual {@code UPDATE ACT_GE_PROPERTY SET
 * VALUE_ = '3' WHERE NAME_ = 'historyLevel'}.
 */
@Component
public class LeanHistoryPlugin extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(LeanHistoryPlugin.class);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomHistoryLevels() == null) {
      configuration.setCustomHistoryLevels(new ArrayList<>());
    }
    configuration.getCustomHistoryLevels().add(new LeanHistoryLevel());
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (!LeanHistoryLevel.NAME.equals(configuration.getHistory())) {
      return;
    }
    String table = configuration.getDatabaseTablePrefix() + "ACT_GE_PROPERTY";
    try (Connection connection = configuration.getDataSource().getConnection();
        PreparedStatement update =
            connection.prepareStatement(
                "UPDATE "
                    + table
                    + " SET VALUE_ = ? WHERE NAME_ = 'historyLevel' AND VALUE_ = ?")) {
      update.setString(1, Integer.toString(LeanHistoryLevel.ID));
      update.setString(2, Integer.toString(HistoryLevel.HISTORY_LEVEL_FULL.getId()));
      if (update.executeUpdate() > 0) {
        if (!connection.getAutoCommit()) {
          connection.commit();
        }
        LOG.info("History level of this database moved from full to {}", LeanHistoryLevel.NAME);
      }
    } catch (SQLException noSchemaYet) {
      // a fresh database: the engine creates its tables and stores the lean level itself
      LOG.debug("History level not moved: {}", noSchemaYet.getMessage());
    }
  }
}
