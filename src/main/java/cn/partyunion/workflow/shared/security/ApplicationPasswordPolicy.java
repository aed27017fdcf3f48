package cn.partyunion.workflow.shared.security;

import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyLengthRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyUserDataRuleImpl;

/**
 * The password rules of GB/T 22239-2019 8.1.4.1 a ("口令具有复杂度要求并定期更换", issue 16): at least {@code
 * minLength} characters (default 8), at least three of the four classes upper-case letter,
 * lower-case letter, digit, other character; not containing the user id or the user's names or
 * e-mail (Camunda's user-data rule); not one of the user's last {@code history} passwords (default
 * 5, {@link PasswordPolicyPlugin}). The webapps (Admin, Welcome's profile) show the rules while a
 * password is typed; our own rules carry their Chinese text as placeholder, since the webapps'
 * locale files must keep Camunda's keys.
 */
public class ApplicationPasswordPolicy implements PasswordPolicy {

  /** The refusal's message, naming every rule. */
  public static String refusal(int minLength, int history) {
    return "密码不符合安全要求：至少 "
        + minLength
        + " 位，包含大写字母、小写字母、数字、符号中的至少三类，不得包含用户名、姓名或邮箱，且不得与最近 "
        + history
        + " 次使用过的密码相同。";
  }

  private final List<PasswordPolicyRule> rules;

  /**
   * @param minLength fewest characters
   * @param history how many last passwords may not be used again
   * @param usedBefore true when the password is one of the user's last {@code history} passwords
   */
  public ApplicationPasswordPolicy(
      int minLength, int history, BiPredicate<String, User> usedBefore) {
    this.rules =
        List.of(
            new PasswordPolicyLengthRuleImpl(minLength),
            new Rule(
                "至少包含大写字母、小写字母、数字、符号中的三类", (password, user) -> characterClasses(password) >= 3),
            new PasswordPolicyUserDataRuleImpl(),
            new Rule(
                "不得与最近 " + history + " 次使用过的密码相同",
                (password, user) -> user == null || !usedBefore.test(password, user)));
  }

  @Override
  public List<PasswordPolicyRule> getRules() {
    return rules;
  }

  /** How many of upper-case, lower-case, digit and other characters {@code password} holds. */
  static int characterClasses(String password) {
    boolean upper = false;
    boolean lower = false;
    boolean digit = false;
    boolean other = false;
    for (int i = 0; i < password.length(); i++) {
      char c = password.charAt(i);
      if (Character.isUpperCase(c)) {
        upper = true;
      } else if (Character.isLowerCase(c)) {
        lower = true;
      } else if (Character.isDigit(c)) {
        digit = true;
      } else {
        other = true;
      }
    }
    return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
  }

  /** A rule whose placeholder is its Chinese text. */
  private record Rule(String placeholder, BiPredicate<String, User> check)
      implements PasswordPolicyRule {
    @Override
    public String getPlaceholder() {
      return placeholder;
    }

    @Override
    public Map<String, String> getParameters() {
      return Map.of();
    }

    @Override
    public boolean execute(String password) {
      return check.test(password, null);
    }

    @Override
    public boolean execute(String password, User user) {
      return check.test(password, user);
    }
  }
}
