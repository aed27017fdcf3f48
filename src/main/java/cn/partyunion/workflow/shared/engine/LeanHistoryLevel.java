package cn.partyunion.workflow.shared.engine;

import org.camunda.bpm.engine.impl.history.HistoryLevelFull;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;

/**
 * The application's history level {@value #NAME} (id {@value #ID}): Camunda's {@code full} without
 * the two kinds of {@code ACT_HI_DETAIL} rows nobody audits here —
 *
 * <ul>
 *   <li>{@code FORM_PROPERTY_UPDATE}: one row per submitted form field with the raw text as typed
 *       (it held the unmasked ID number of every nomination);
 *   <li>{@code VARIABLE_INSTANCE_UPDATE_DETAIL}: one row per variable write besides the variable's
 *       history row.
 * </ul>
 *
 * Everything Cockpit and the audit read stays: process, activity, task and identity-link history,
 * the last value of every variable ({@code ACT_HI_VARINST}), incidents, jobs, decisions and the
 * user operation log. What each user decided is kept by the application's own records ({@code
 * dr_review_record}, {@code rm_rating}, {@code cs_roster}). Issue 12 (about 70 of the 288
 * statements of a direct-report case were such rows).
 */
public class LeanHistoryLevel extends HistoryLevelFull {

  /** The name to configure as {@code camunda.bpm.history-level}. */
  public static final String NAME = "partyunion-lean";

  /** The id stored in {@code ACT_GE_PROPERTY.historyLevel}; Camunda's own levels use 0–3. */
  public static final int ID = 12;

  @Override
  public int getId() {
    return ID;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
    return eventType != HistoryEventTypes.FORM_PROPERTY_UPDATE
        && eventType != HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL
        && super.isHistoryEventProduced(eventType, entity);
  }
}
