package cn.partyunion.workflow.directreport;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Test fixture: valid nomination variables with a fresh, correct resident ID number. */
final class Nominations {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK = "10X98765432";

  /** Nominations made by this test run; with a random start, so reruns on one database differ. */
  private static final AtomicInteger MADE =
      new AtomicInteger(ThreadLocalRandom.current().nextInt(1_000_000));
  private static final int BIRTH_DAYS = 7_000;

  private Nominations() {}

  /**
   * A GB 11643 ID number never handed out before in this run: each call moves to the next birth
   * date (between 1980 and 1999) and, after 7,000 calls, to the next sequence number.
   */
  static String uniqueIdNumber() {
    int n = MADE.getAndIncrement();
    LocalDate birth = LocalDate.of(1980, 1, 1).plusDays(n % BIRTH_DAYS);
    return withCheckCharacter("320602" + birth.format(DateTimeFormatter.BASIC_ISO_DATE)
        + String.format("%03d", (n / BIRTH_DAYS) % 1000));
  }

  /** A GB 11643 ID number born on {@code birth}, with random area sequence digits. */
  static String idNumber(LocalDate birth) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    String body = "3206" + String.format("%02d", random.nextInt(1, 99))
        + birth.format(DateTimeFormatter.BASIC_ISO_DATE)
        + String.format("%03d", random.nextInt(0, 1000));
    return withCheckCharacter(body);
  }

  private static String withCheckCharacter(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return first17 + CHECK.charAt(sum % 11);
  }

  /** Every start-form variable of DOMAIN §1, valid, with an ID number new to this run. */
  static Map<String, Object> valid() {
    String idNumber = uniqueIdNumber();
    LocalDate birth = LocalDate.parse(idNumber.substring(6, 14), DateTimeFormatter.BASIC_ISO_DATE);
    Map<String, Object> v = new HashMap<>();
    v.put("candidateName", "王建国");
    v.put("gender", "MALE");
    v.put("ethnicity", "汉族");
    v.put("birthDate", birth.toString());
    v.put("idNumber", idNumber);
    v.put("phone", "13912345678");
    v.put("education", "大专");
    v.put("jobTitle", "数控车工");
    v.put("skillLevel", "高级工");
    v.put("talentCategory", "TECHNICAL_EXPERT");
    v.put("politicalStatus", "MASSES");
    v.put("applicationDate", "2024-05-04");
    v.put("discoveryChannel", "主题党日");
    v.put("honors", "南通市技术能手");
    v.put("recommendationReason", "该同志技术过硬，多次在技能竞赛中获奖，积极向党组织靠拢，群众基础好。");
    return v;
  }
}
