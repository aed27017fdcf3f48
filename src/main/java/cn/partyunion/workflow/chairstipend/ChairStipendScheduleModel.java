package cn.partyunion.workflow.chairstipend;

/**
 * The process key and element ids of {@code bpmn/chairStipendSchedule.bpmn}, whose timer opens the
 * quarter just ended; its variables are in {@link ChairStipendModel}.
 */
public final class ChairStipendScheduleModel {

  public static final String PROCESS_KEY = "chairStipendSchedule";

  // ---- element ids ------------------------------------------------------------------------------

  /** Timer start at 00:00 on 1 January, April, July and October. */
  public static final String START_QUARTER_ENDED = "StartEvent_QuarterEnded";

  public static final String TASK_START_QUARTER = "Task_StartQuarter";

  private ChairStipendScheduleModel() {}
}
