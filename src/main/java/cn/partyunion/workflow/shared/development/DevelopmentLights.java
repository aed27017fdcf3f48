package cn.partyunion.workflow.shared.development;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The traffic lights of the member-development steps with a statutory limit (DOMAIN §1.7, §6: the
 * talk within one month, the approvals within three months) for the 红黄灯督办 supervision of DOMAIN §8
 * — published by {@code memberdevelopment}, read by {@code directreport}. Yellow = past its due
 * date but not red, red = more than one more period past it, as {@link
 * cn.partyunion.workflow.shared.supervision.OverdueFlag}.
 */
public interface DevelopmentLights {

  /**
   * Open statutory steps per enterprise, one SQL aggregate.
   *
   * @param now the current time
   * @param parks the parks to count, {@code null} for all (an empty list counts none)
   * @return one row per enterprise with such a step open, in no particular order
   */
  List<EnterpriseLights> lights(LocalDateTime now, List<String> parks);

  /**
   * One enterprise's open statutory steps.
   *
   * @param openSteps open steps with a due date
   * @param yellow of them past the due date but not red
   * @param red of them more than one more period past it
   * @param oldestDueDate the earliest due date among them
   */
  record EnterpriseLights(
      String parkCode,
      String enterpriseCode,
      long openSteps,
      long yellow,
      long red,
      LocalDateTime oldestDueDate) {}
}
