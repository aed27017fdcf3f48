package cn.partyunion.workflow.reviewmeeting;

/** One rater's grade of one unit (table {@code rm_rating}), as the tally reads it. */
public record RatingRecord(String unitCode, String raterId, Panel panel, Grade grade) {}
