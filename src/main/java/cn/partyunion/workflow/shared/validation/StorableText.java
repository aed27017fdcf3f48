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
 * Bean-validation rule for a single line of text stored in a {@code VARCHAR(max)} column: at most
 * {@code max} characters, each one the database can keep ({@link PlainText}: no control or
 * direction characters, nothing outside the Basic Multilingual Plane). {@code null} is valid
 * (combine with {@code @NotBlank}).
 *
 * <p>Messages (Chinese): "不超过 {max} 字（当前 n 字）" and the {@link PlainText} problem.
 */
@Documented
@Constraint(validatedBy = StorableText.Validator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface StorableText {

  /** Largest number of characters, the column's length. */
  int max();

  String message() default "含有不可见的控制字符，请删除后再提交";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks {@link StorableText}. */
  class Validator implements ConstraintValidator<StorableText, CharSequence> {

    private int max;

    @Override
    public void initialize(StorableText annotation) {
      max = annotation.max();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
      if (value == null) {
        return true;
      }
      String text = value.toString();
      String problem = PlainText.problem(text, false);
      int characters = text.codePointCount(0, text.length());
      String message =
          problem != null
              ? problem
              : characters > max ? "不超过 " + max + " 字（当前 " + characters + " 字）" : null;
      if (message == null) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
      return false;
    }
  }
}
