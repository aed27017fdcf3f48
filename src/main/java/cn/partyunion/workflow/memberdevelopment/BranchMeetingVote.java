package cn.partyunion.workflow.memberdevelopment;

import java.util.ArrayList;
import java.util.List;

/**
 * The vote of a branch general meeting on admitting a probationary member or on converting one (细则
 * 第二十五条, 第二十六条, 第三十五条): the meeting is valid only if the full members with voting rights present
 * are more than half of those who should attend; the resolution passes only if the votes for are
 * more than half of those who should attend; for + against + abstentions cannot exceed those
 * present. Exactly half is not enough.
 *
 * @param membersWithVotingRights full members with voting rights who should attend (≥ 1)
 */
record BranchMeetingVote(
    int membersWithVotingRights,
    int membersPresent,
    int votesFor,
    int votesAgainst,
    int abstentions) {

  /** Every rule the counts break, in Chinese, naming the rule; empty when the vote stands. */
  List<String> violations() {
    List<String> problems = new ArrayList<>();
    if (membersWithVotingRights < 1) {
      problems.add("应到会有表决权的正式党员人数至少为1人");
      return problems;
    }
    if (membersPresent < 0 || votesFor < 0 || votesAgainst < 0 || abstentions < 0) {
      problems.add("人数和票数不能为负数");
      return problems;
    }
    if (membersPresent > membersWithVotingRights) {
      problems.add(
          "实到会有表决权的正式党员（%d人）不能多于应到会人数（%d人）".formatted(membersPresent, membersWithVotingRights));
      return problems;
    }
    if (2 * membersPresent <= membersWithVotingRights) {
      problems.add(
          "支部大会到会有表决权的正式党员（%d人）未超过应到会人数（%d人）的半数，会议无效（细则 第二十五条）"
              .formatted(membersPresent, membersWithVotingRights));
      return problems;
    }
    if (votesFor + votesAgainst + abstentions > membersPresent) {
      problems.add(
          "赞成、反对、弃权票合计（%d票）不能多于实到会人数（%d人）"
              .formatted(votesFor + votesAgainst + abstentions, membersPresent));
      return problems;
    }
    if (2 * votesFor <= membersWithVotingRights) {
      problems.add(
          "赞成人数（%d人）未超过应到会有表决权的正式党员（%d人）的半数，决议未通过（细则 第二十六条）"
              .formatted(votesFor, membersWithVotingRights));
    }
    return problems;
  }
}
