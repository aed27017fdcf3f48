package cn.partyunion.workflow.reviewmeeting;

import cn.partyunion.workflow.shared.engine.EngineClock;
import cn.partyunion.workflow.shared.security.ApiException;
import cn.partyunion.workflow.shared.validation.FormValidationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One rating sheet (测评表) per rater and meeting (DOMAIN §2.3, seed 002): the rater keeps a draft
 * (table {@code rm_sheet_draft}) while the units report, and submits the sheet once, which
 * completes the rater's sheet task; the service task after it ({@link StoreRatingSheetDelegate})
 * stores one rating per unit in {@code rm_rating} — what the tally and the results API read,
 * unchanged. A rater sees only their own sheet; nobody else reads a draft.
 */
@Component
public class RatingSheets {

  static final String NOT_A_RATER = "您不是本次述职评议会的评议代表。";

  private final ReviewMeetingMapper mapper;
  private final TaskService taskService;

  public RatingSheets(ReviewMeetingMapper mapper, TaskService taskService) {
    this.mapper = mapper;
    this.taskService = taskService;
  }

  /**
   * {@code raterId}'s sheet in {@code meeting}: the submitted ratings once submitted, else the
   * draft.
   *
   * @throws ApiException 403 when {@code raterId} is not on the meeting's panel
   */
  public SheetView sheet(MeetingRecord meeting, String raterId) {
    requireRater(meeting, raterId);
    Map<String, SheetLine> submitted = byUnit(mapper.findRatingsOf(meeting.id(), raterId));
    if (!submitted.isEmpty()) {
      return view(meeting, SheetView.SUBMITTED, null, submitted, null);
    }
    Task task = openTask(meeting, raterId);
    Map<String, SheetLine> draft = byUnit(mapper.findDraft(meeting.id(), raterId));
    return view(
        meeting,
        task == null ? SheetView.NOT_OPEN : SheetView.OPEN,
        task == null ? null : task.getId(),
        draft,
        mapper.findDraftSavedAt(meeting.id(), raterId));
  }

  /**
   * Saves {@code ratings} (a list of {@code {unitCode, grade, remark}}, grade null or absent while
   * undecided) over the rater's draft: lines given replace those of the same unit, others stay.
   *
   * @throws ApiException 403 not a rater of the meeting, 409 the sheet is not open (submitted, or
   *     the meeting stage has not begun)
   * @throws FormValidationException for a line {@link RatingSheet#lines} refuses (nothing saved)
   */
  @Transactional
  public SheetView saveDraft(MeetingRecord meeting, String raterId, Object ratings) {
    requireOpen(meeting, raterId);
    Map<String, SheetLine> lines = RatingSheet.lines(ratings, units(meeting.id()));
    if (!lines.isEmpty()) {
      // line by line: two saves of different units at once do not touch each other's rows
      mapper.deleteDraftLines(meeting.id(), raterId, List.copyOf(lines.keySet()));
      mapper.insertDraft(meeting.id(), raterId, List.copyOf(lines.values()), EngineClock.current());
    }
    return sheet(meeting, raterId);
  }

  /**
   * Submits the rater's saved sheet: completes the sheet task as the calling user (who must be the
   * rater); the storing step refuses a sheet with a unit left ungraded and the task stays open.
   *
   * @throws ApiException 403 not a rater, 409 not open
   * @throws FormValidationException "以下述职单位尚未评定等次：…" (the draft stays as saved)
   */
  public SheetView submit(MeetingRecord meeting, String raterId) {
    taskService.complete(requireOpen(meeting, raterId).getId());
    return sheet(meeting, raterId);
  }

  /**
   * Stores a submitted sheet (the step "登记测评表" after the sheet task): {@code ratings} given with
   * the completion, if any, over the rater's draft; every unit must have a grade; one {@code
   * rm_rating} row per unit with the rater's panel; the draft is deleted.
   *
   * @throws FormValidationException for a unit without a grade, a bad line, a rater outside the
   *     panel, or a sheet stored already
   */
  public void store(long meetingId, String raterId, Object ratings) {
    Panel panel = mapper.findRaterPanel(meetingId, raterId);
    if (panel == null) {
      throw new FormValidationException(raterId + " 不在本次会议的评议组中。");
    }
    if (!mapper.findRatingsOf(meetingId, raterId).isEmpty()) {
      throw new FormValidationException("您的测评表已提交，不能重复提交。");
    }
    Map<String, String> units = units(meetingId);
    Map<String, SheetLine> lines = byUnit(mapper.findDraft(meetingId, raterId));
    lines.putAll(RatingSheet.lines(ratings, units));
    List<SheetLine> sheet = RatingSheet.complete(units, lines);
    mapper.insertRatings(meetingId, raterId, panel, sheet, EngineClock.current());
    mapper.deleteDraft(meetingId, raterId);
  }

  /**
   * The meeting (process instance id) of {@code userId}'s newest open task {@code taskKey} of a
   * review meeting ({@code Task_Rate}: a sheet, {@code Task_Comment}: the comments), or null.
   */
  public String openMeetingOf(String userId, String taskKey) {
    List<Task> open =
        taskService
            .createTaskQuery()
            .processDefinitionKey(ReviewMeetingModel.PROCESS_KEY)
            .taskDefinitionKey(taskKey)
            .taskAssignee(userId)
            .orderByTaskCreateTime()
            .desc()
            .listPage(0, 1);
    return open.isEmpty() ? null : open.get(0).getProcessInstanceId();
  }

  private void requireRater(MeetingRecord meeting, String raterId) {
    if (mapper.findRaterPanel(meeting.id(), raterId) == null) {
      throw ApiException.forbidden(NOT_A_RATER);
    }
  }

  private Task requireOpen(MeetingRecord meeting, String raterId) {
    requireRater(meeting, raterId);
    if (!mapper.findRatingsOf(meeting.id(), raterId).isEmpty()) {
      throw new ApiException(HttpStatus.CONFLICT, "SUBMITTED", "您的测评表已提交，不能再修改。");
    }
    Task task = openTask(meeting, raterId);
    if (task == null) {
      throw new ApiException(HttpStatus.CONFLICT, "NOT_OPEN", "测评表尚未开放：会议开始（述职报告阶段结束）后方可填写。");
    }
    return task;
  }

  private Task openTask(MeetingRecord meeting, String raterId) {
    return taskService
        .createTaskQuery()
        .processInstanceId(meeting.processInstanceId())
        .taskDefinitionKey(ReviewMeetingModel.TASK_RATE)
        .taskAssignee(raterId)
        .singleResult();
  }

  /** The meeting's units, code → name, in reporting order. */
  private Map<String, String> units(long meetingId) {
    Map<String, String> units = new LinkedHashMap<>();
    mapper.findReports(meetingId).forEach(r -> units.put(r.unitCode(), r.unitName()));
    return units;
  }

  private SheetView view(
      MeetingRecord meeting,
      String status,
      String taskId,
      Map<String, SheetLine> lines,
      java.time.LocalDateTime savedAt) {
    List<SheetView.Line> view =
        mapper.findReports(meeting.id()).stream()
            .map(
                report -> {
                  SheetLine line = lines.get(report.unitCode());
                  Grade grade = line == null ? null : line.grade();
                  return new SheetView.Line(
                      report.unitCode(),
                      report.unitName(),
                      report.status(),
                      report.status().label(),
                      grade,
                      grade == null ? null : grade.label(),
                      line == null ? null : line.remark());
                })
            .toList();
    return new SheetView(
        meeting.processInstanceId(),
        meeting.meetingYear(),
        meeting.meetingDate(),
        status,
        switch (status) {
          case SheetView.OPEN -> "填写中";
          case SheetView.SUBMITTED -> "已提交";
          default -> "尚未开放";
        },
        taskId,
        savedAt,
        (int) view.stream().filter(line -> line.grade() != null).count(),
        view.size(),
        view);
  }

  private static Map<String, SheetLine> byUnit(List<SheetLine> lines) {
    Map<String, SheetLine> map = new LinkedHashMap<>();
    lines.forEach(line -> map.put(line.unitCode(), line));
    return map;
  }
}
