package cn.partyunion.workflow.reviewmeeting;

/**
 * One line of a rater's rating sheet (测评表, DOMAIN §2.3): the unit, its grade (null while the rater
 * has not decided, only in a draft) and an optional remark of at most 500 characters.
 */
public record SheetLine(String unitCode, Grade grade, String remark) {}
