package cn.partyunion.workflow.shared.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Bean-validation rule for a single line of text stored in a {@code VARCHAR(max)} column: it
 * fits the column, and holds none of the characters that make stored text misleading or unsafe
 * to show or export — control characters (U+0000–U+001F, U+007F–U+009F: line breaks, tabs,
 * NUL …), the bidirectional controls (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) and
 * unpaired surrogates. {@code null} is valid (combine with {@code @NotBlank}).
 *
 * <p>Fitting the column: MySQL's {@code utf8mb4} counts characters (code points), H2 counts
 * UTF-16 units, so a character outside the Basic Multilingual Plane (a rare CJK ideograph of
 * Extension B, an emoji) takes 2 of the {@link #max()} places there. The text must fit both:
 * at most {@code max} code points and {@code max} UTF-16 units — for everyday Chinese text
 * simply {@code max} characters.
 *
 * <p>Messages (Chinese): "不超过 {max} 字（当前 n 字）" (with "生僻字、表情符号按 2 字计" when such
 * characters count twice) and "不能包含控制字符（换行、制表符等）或文字方向控制符".
 */
@Documented
@Constraint(validatedBy = PlainText.Validator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface PlainText {

  /** Largest number of characters (code points), the column's length. */
  int max();

  String message() default "不能包含控制字符（换行、制表符等）或文字方向控制符";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks {@link PlainText}. */
  class Validator implements ConstraintValidator<PlainText, CharSequence> {

    private int max;

    @Override
    public void initialize(PlainText annotation) {
      max = annotation.max();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
      if (value == null) {
        return true;
      }
      if (value.codePoints().anyMatch(Validator::isForbidden)) {
        return false;
      }
      int characters = Character.codePointCount(value, 0, value.length());
      int units = value.length();
      if (units > max) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(units == characters
                ? "不超过 " + max + " 字（当前 " + characters + " 字）"
                : "不超过 " + max + " 字（生僻字、表情符号按 2 字计，当前 " + units + " 字）")
            .addConstraintViolation();
        return false;
      }
      return true;
    }

    /** Control characters, bidirectional controls and unpaired surrogates. */
    static boolean isForbidden(int codePoint) {
      return Character.isISOControl(codePoint)
          || codePoint == 0x061C || codePoint == 0x200E || codePoint == 0x200F
          || (codePoint >= 0x202A && codePoint <= 0x202E)
          || (codePoint >= 0x2066 && codePoint <= 0x2069)
          || (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE);
    }
  }
}
