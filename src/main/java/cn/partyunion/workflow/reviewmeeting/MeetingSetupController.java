package cn.partyunion.workflow.reviewmeeting;

import cn.partyunion.workflow.shared.security.ApiException;
import cn.partyunion.workflow.shared.security.CurrentUser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The organizer prepares a meeting by picking people, not typing ids (issue 17, DOMAIN §2.1): the
 * registered worker and manager representatives and deputy secretaries with the panel minimum, and
 * the start of the meeting with the picked panel — submitted as the start form, so the start
 * listener's rules ({@link PrepareMeetingListener}) hold exactly as from Tasklist.
 */
@RestController
@RequestMapping("/api/review-meetings")
public class MeetingSetupController {

  private final Identities identities;
  private final CurrentUser currentUser;
  private final ReviewMeetingProperties properties;
  private final ReviewMeetingMapper mapper;
  private final FormService formService;
  private final RepositoryService repositoryService;

  public MeetingSetupController(
      Identities identities,
      CurrentUser currentUser,
      ReviewMeetingProperties properties,
      ReviewMeetingMapper mapper,
      FormService formService,
      RepositoryService repositoryService) {
    this.identities = identities;
    this.currentUser = currentUser;
    this.properties = properties;
    this.mapper = mapper;
    this.formService = formService;
    this.repositoryService = repositoryService;
  }

  /** What the organizer picks from: the people of each panel and the deputy secretaries. */
  public record People(
      List<Person> workers,
      List<Person> managers,
      List<Person> deputies,
      List<ReportingUnit> units,
      int minimumPanelSize) {}

  /**
   * {@code GET /api/review-meetings/people}: {@code {workers, managers, deputies, units,
   * minimumPanelSize}} (members of {@code hhraterworker}, {@code hhratermanager}, {@code hhdeputy};
   * the registered units in reporting order).
   *
   * @throws ApiException 403 for anyone but the organizer and administrators
   */
  @GetMapping("/people")
  public People people() {
    requireOrganizer();
    return new People(
        identities.people(ReviewMeetingRoles.RATER_WORKER),
        identities.people(ReviewMeetingRoles.RATER_MANAGER),
        identities.people(ReviewMeetingRoles.DEPUTY),
        mapper.findUnits(),
        properties.minimumPanelSize());
  }

  /** A meeting to start: the picked people; units empty = every registered unit. */
  public record Setup(
      Integer year,
      String meetingDate,
      List<String> reportingUnits,
      List<String> workerRaters,
      List<String> managerRaters,
      String deputySecretary) {}

  /**
   * {@code POST /api/review-meetings}: starts the meeting as the organizer; {@code
   * {processInstanceId}}.
   *
   * @throws ApiException 403 for anyone but the organizer
   * @throws cn.partyunion.workflow.shared.validation.FormValidationException (400, nothing stored)
   *     for what the start form refuses: a panel below the minimum or without workers or managers,
   *     a person outside the panel's group, a date too near, a year already open …
   */
  @PostMapping
  public Map<String, String> start(@RequestBody Setup setup) {
    requireOrganizer();
    List<String> raters = new ArrayList<>();
    Optional.ofNullable(setup.workerRaters()).ifPresent(raters::addAll);
    Optional.ofNullable(setup.managerRaters()).ifPresent(raters::addAll);
    Map<String, Object> form = new HashMap<>();
    form.put(ReviewMeetingModel.YEAR, setup.year());
    form.put(ReviewMeetingModel.MEETING_DATE, setup.meetingDate());
    form.put(ReviewMeetingModel.RATERS, raters.isEmpty() ? null : String.join(", ", raters));
    form.put(ReviewMeetingModel.DEPUTY_SECRETARY, setup.deputySecretary());
    if (setup.reportingUnits() != null && !setup.reportingUnits().isEmpty()) {
      form.put(ReviewMeetingModel.REPORTING_UNITS, setup.reportingUnits());
    }
    form.values().removeIf(Objects::isNull);
    String definitionId =
        repositoryService
            .createProcessDefinitionQuery()
            .processDefinitionKey(ReviewMeetingModel.PROCESS_KEY)
            .latestVersion()
            .singleResult()
            .getId();
    ProcessInstance meeting = formService.submitStartForm(definitionId, form);
    return Map.of("processInstanceId", meeting.getId());
  }

  private void requireOrganizer() {
    if (!currentUser.isIn(ReviewMeetingRoles.OFFICE)) {
      throw ApiException.forbidden("只有组织者（州产改办）可以筹备述职评议会。");
    }
  }
}
