package cn.partyunion.workflow.reviewmeeting;

import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.COMMENT;
import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.TASK_COMMENT;
import static cn.partyunion.workflow.reviewmeeting.ReviewMeetingModel.UNIT_CODE;

import cn.partyunion.workflow.shared.security.ApiException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The deputy secretary's comments on one page (DOMAIN §2.3, seed 002: the deputy secretary comments
 * on each unit face to face, in meeting order): every unit with its comment; saving one completes
 * that unit's comment task as the calling user, so the comment is checked and stored by the model's
 * step "登记点评意见" ({@link StoreCommentDelegate}) exactly as from Tasklist.
 */
@Component
public class MeetingComments {

  private final ReviewMeetingMapper mapper;
  private final TaskService taskService;
  private final RuntimeService runtimeService;

  public MeetingComments(
      ReviewMeetingMapper mapper, TaskService taskService, RuntimeService runtimeService) {
    this.mapper = mapper;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
  }

  /**
   * Every unit of the meeting with its comment, in reporting order (three queries, whatever the
   * number of units).
   *
   * @throws ApiException 403 unless {@code userId} is the meeting's deputy secretary
   */
  public List<CommentView> comments(MeetingRecord meeting, String userId) {
    requireDeputy(meeting, userId);
    List<String> taskIds = openTasks(meeting, userId).stream().map(Task::getId).toList();
    Set<String> open =
        taskIds.isEmpty()
            ? Set.of()
            : runtimeService
                .createVariableInstanceQuery()
                .taskIdIn(taskIds.toArray(String[]::new))
                .variableName(UNIT_CODE)
                .list()
                .stream()
                .map(VariableInstance::getValue)
                .map(String.class::cast)
                .collect(Collectors.toSet());
    return mapper.findComments(meeting.id()).stream()
        .map(c -> c.opened(open.contains(c.unitCode())))
        .toList();
  }

  /**
   * Saves the comment on {@code unitCode}: completes its open comment task with {@code comment}.
   *
   * @throws ApiException 403 not the meeting's deputy secretary, 404 a unit not in the meeting, 409
   *     the unit's comment is saved already or comments are not open yet
   * @throws cn.partyunion.workflow.shared.validation.FormValidationException for an empty or too
   *     long comment (nothing stored, the task stays open)
   */
  public CommentView save(MeetingRecord meeting, String userId, String unitCode, Object comment) {
    requireDeputy(meeting, userId);
    CommentView unit = unit(meeting, unitCode);
    Task task =
        taskService
            .createTaskQuery()
            .processInstanceId(meeting.processInstanceId())
            .taskDefinitionKey(TASK_COMMENT)
            .taskAssignee(userId)
            .taskVariableValueEquals(UNIT_CODE, unitCode)
            .singleResult();
    if (task == null) {
      throw new ApiException(
          HttpStatus.CONFLICT,
          unit.comment() == null ? "NOT_OPEN" : "SAVED",
          unit.comment() == null
              ? "点评尚未开放：会议开始（述职报告阶段结束）后方可点评。"
              : "对" + unit.unitName() + "的点评已保存。");
    }
    taskService.complete(task.getId(), Map.of(COMMENT, comment == null ? "" : comment));
    return unit(meeting, unitCode);
  }

  private CommentView unit(MeetingRecord meeting, String unitCode) {
    return mapper.findComments(meeting.id()).stream()
        .filter(c -> c.unitCode().equals(unitCode))
        .findFirst()
        .orElseThrow(() -> ApiException.notFound("该单位不在本次述职评议会中。"));
  }

  private List<Task> openTasks(MeetingRecord meeting, String userId) {
    return taskService
        .createTaskQuery()
        .processInstanceId(meeting.processInstanceId())
        .taskDefinitionKey(TASK_COMMENT)
        .taskAssignee(userId)
        .list();
  }

  private static void requireDeputy(MeetingRecord meeting, String userId) {
    if (!meeting.deputySecretaryId().equals(userId)) {
      throw ApiException.forbidden("只有本次会议的点评人（州委副书记）可以填写点评。");
    }
  }
}
