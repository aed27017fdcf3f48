package cn.partyunion.workflow.shared.forms;

import java.util.Map;

/**
 * One keyed field of a deployed Camunda Form, as far as the server needs it to accept or refuse a
 * submitted value.
 *
 * @param key the process variable the field writes
 * @param label the Chinese label users see (the key when the form gives none)
 * @param kind what value the field submits
 * @param editable false for read-only and disabled fields: they are shown, never written
 * @param maxLength characters a text may have ({@code validate.maxLength}, else the default limit
 *     of the form reader); 0 for fields that submit no text
 * @param min lowest number ({@code validate.min}), or {@code null}
 * @param max highest number ({@code validate.max}), or {@code null}
 * @param integral true for number fields with {@code decimalDigits: 0}
 * @param options the allowed values of a choice field (static {@code values}, compared as text)
 *     with their Chinese labels, in the form's order, or {@code null} when the values come from a
 *     variable ({@code valuesKey})
 * @param listAllowed a text field that also accepts a JSON list of texts (custom property {@code
 *     "listAllowed": "true"}, e.g. the review meeting's comma-separated rater ids)
 */
public record FormField(
    String key,
    String label,
    Kind kind,
    boolean editable,
    int maxLength,
    Double min,
    Double max,
    boolean integral,
    Map<String, String> options,
    boolean listAllowed) {

  /** The value shapes of form-js 1.8 fields (Tasklist 7.24). */
  public enum Kind {
    /** {@code textfield}: one line of text. */
    TEXT,
    /** {@code textarea}: text; line breaks and tabs allowed. */
    MULTILINE_TEXT,
    /** {@code radio}, {@code select}: one of the options. */
    CHOICE,
    /** {@code checklist}, {@code taglist}: a JSON list of options. */
    CHOICES,
    /** {@code number}. */
    NUMBER,
    /** {@code checkbox}: a boolean. */
    BOOLEAN,
    /** {@code datetime} with subtype {@code date}: {@code yyyy-MM-dd}. */
    DATE,
    /** {@code datetime} with subtype {@code time} or {@code datetime}: ISO text. */
    DATE_TIME
  }
}
