package cn.partyunion.workflow.reviewmeeting;

import cn.partyunion.workflow.shared.security.ApiException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Storage of meetings, reports, comments, ratings, results and feedback (tables {@code rm_*}). */
@Mapper
public interface ReviewMeetingMapper {

  /** Every registered unit, in the order they report. */
  List<ReportingUnit> findUnits();

  ReportingUnit findUnit(@Param("unitCode") String unitCode);

  int countOpenMeetings(@Param("year") int year);

  void insertMeeting(
      @Param("processInstanceId") String processInstanceId,
      @Param("year") int year,
      @Param("meetingDate") LocalDate meetingDate,
      @Param("reportDueAt") LocalDateTime reportDueAt,
      @Param("organizerId") String organizerId,
      @Param("deputySecretaryId") String deputySecretaryId,
      @Param("now") LocalDateTime now);

  MeetingRecord findMeeting(@Param("processInstanceId") String processInstanceId);

  /**
   * The meeting of the API path.
   *
   * @throws ApiException 404 for an unknown meeting
   */
  default MeetingRecord requireMeeting(String processInstanceId) {
    MeetingRecord meeting = findMeeting(processInstanceId);
    if (meeting == null) {
      throw ApiException.notFound("没有这场述职评议会。");
    }
    return meeting;
  }

  /**
   * The meetings, newest first: of {@code year} only unless null; only those in which one of {@code
   * unitCodes} reports unless null.
   */
  List<MeetingSummary> findMeetingSummaries(
      @Param("year") Integer year, @Param("unitCodes") List<String> unitCodes);

  /** One meeting with its counts, or null. */
  MeetingSummary findMeetingSummary(@Param("processInstanceId") String processInstanceId);

  /** Keeps the panel weights the tally used with the meeting. */
  void recordWeights(
      @Param("meetingId") long meetingId,
      @Param("workerWeight") BigDecimal workerWeight,
      @Param("managerWeight") BigDecimal managerWeight);

  void markFedBack(@Param("meetingId") long meetingId, @Param("now") LocalDateTime now);

  /** Frees the meeting's year for a new meeting; an unfinished meeting becomes CANCELLED. */
  void closeMeeting(@Param("processInstanceId") String processInstanceId);

  void insertRater(
      @Param("meetingId") long meetingId,
      @Param("raterId") String raterId,
      @Param("panel") Panel panel);

  Panel findRaterPanel(@Param("meetingId") long meetingId, @Param("raterId") String raterId);

  void insertPendingReport(@Param("meetingId") long meetingId, @Param("unitCode") String unitCode);

  ReportRecord findReport(@Param("meetingId") long meetingId, @Param("unitCode") String unitCode);

  /** Every report of a meeting, in reporting order. */
  List<ReportRecord> findReports(@Param("meetingId") long meetingId);

  /** Stores a pending report; returns 0 when the report is no longer pending. */
  int submitReport(
      @Param("meetingId") long meetingId,
      @Param("unitCode") String unitCode,
      @Param("status") ReportStatus status,
      @Param("summary") String summary,
      @Param("keyFigures") String keyFigures,
      @Param("userId") String userId,
      @Param("now") LocalDateTime now);

  void markReminded(@Param("meetingId") long meetingId, @Param("now") LocalDateTime now);

  void markOverdue(@Param("meetingId") long meetingId);

  /** Records every still pending report as MISSING; returns how many. */
  int markMissing(@Param("meetingId") long meetingId);

  void insertComment(
      @Param("meetingId") long meetingId,
      @Param("unitCode") String unitCode,
      @Param("deputySecretaryId") String deputySecretaryId,
      @Param("comment") String comment,
      @Param("now") LocalDateTime now);

  /** The meeting's stored comments, in reporting order. */
  List<CommentView> findComments(@Param("meetingId") long meetingId);

  void insertRating(
      @Param("meetingId") long meetingId,
      @Param("unitCode") String unitCode,
      @Param("raterId") String raterId,
      @Param("panel") Panel panel,
      @Param("grade") Grade grade,
      @Param("remark") String remark,
      @Param("now") LocalDateTime now);

  List<RatingRecord> findRatings(@Param("meetingId") long meetingId);

  /** One rater's submitted ratings (their own sheet), in reporting order. */
  List<SheetLine> findRatingsOf(
      @Param("meetingId") long meetingId, @Param("raterId") String raterId);

  /** Stores a submitted sheet: one rating per line, with the rater's panel. */
  void insertRatings(
      @Param("meetingId") long meetingId,
      @Param("raterId") String raterId,
      @Param("panel") Panel panel,
      @Param("lines") List<SheetLine> lines,
      @Param("now") LocalDateTime now);

  /** One rater's draft sheet, in reporting order. */
  List<SheetLine> findDraft(@Param("meetingId") long meetingId, @Param("raterId") String raterId);

  /** When the rater's draft was last saved, or null. */
  LocalDateTime findDraftSavedAt(
      @Param("meetingId") long meetingId, @Param("raterId") String raterId);

  void deleteDraft(@Param("meetingId") long meetingId, @Param("raterId") String raterId);

  void deleteDraftLines(
      @Param("meetingId") long meetingId,
      @Param("raterId") String raterId,
      @Param("unitCodes") List<String> unitCodes);

  void insertDraft(
      @Param("meetingId") long meetingId,
      @Param("raterId") String raterId,
      @Param("lines") List<SheetLine> lines,
      @Param("now") LocalDateTime now);

  void deleteResults(@Param("meetingId") long meetingId);

  void insertResult(
      @Param("meetingId") long meetingId,
      @Param("r") UnitResult result,
      @Param("now") LocalDateTime now);

  /** The whole results table of a meeting, best first. */
  List<UnitResult> findResults(@Param("meetingId") long meetingId);

  /** Copies every result with its comment into the units' feedback. */
  void insertFeedback(@Param("meetingId") long meetingId, @Param("now") LocalDateTime now);

  /**
   * The feedback to one unit from one meeting (empty before feedback): score, grade, rank and
   * comment as fed back, the panels' counts and averages from the tally.
   */
  List<UnitResult> findFedBackResults(
      @Param("meetingId") long meetingId, @Param("unitCode") String unitCode);

  /** {@link #findFedBackResults} as the API shows it, without the panel weights. */
  default List<ResultView> findFeedback(long meetingId, String unitCode) {
    return findFedBackResults(meetingId, unitCode).stream()
        .map(result -> ResultView.of(result, null))
        .toList();
  }
}
