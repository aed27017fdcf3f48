package cn.partyunion.workflow.shared.demo;

import cn.partyunion.workflow.shared.validation.ResidentIdNumber;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Invented but realistic people for the demo history, from one seeded {@link Random} (the same seed
 * gives the same people): Chinese names (common surnames, given names of one or two characters by
 * gender), mainland mobile numbers and resident ID numbers (GB 11643-1999: area code of Nantong's
 * districts and a few other provinces, the birth date, a sequence whose last digit is odd for men
 * and even for women, the check character of {@link ResidentIdNumber}), each number handed out
 * once.
 */
public final class DemoPeople {

  private static final List<String> SURNAMES =
      List.of(
          "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高",
          "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁",
          "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔",
          "钱", "顾", "陆", "缪", "季", "瞿", "施", "葛", "范", "汤");
  private static final List<String> MALE =
      List.of(
          "伟", "强", "磊", "军", "勇", "杰", "涛", "斌", "超", "明", "刚", "平", "辉", "鹏", "华", "飞", "鑫", "波",
          "宇", "浩", "凯", "健", "俊", "帆", "峰", "建", "国", "志", "文", "海", "东", "晨", "阳", "兵", "林", "亮",
          "锋", "祥", "荣", "昊", "振", "宏", "新", "永", "成", "家", "德", "庆", "春", "金");
  private static final List<String> FEMALE =
      List.of(
          "芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "燕", "玲", "桂", "英", "梅", "琳", "雪", "慧", "婷", "洁",
          "颖", "倩", "佳", "琴", "云", "红", "萍", "晶", "欣", "悦", "雯", "蕾", "璐", "月", "莉", "秀", "兰", "凤",
          "春", "菲", "楠", "瑶");

  /** Area codes: Nantong's districts and counties first (most workers), then other provinces. */
  private static final List<String> AREAS =
      List.of(
          "320602", "320602", "320611", "320612", "320612", "320623", "320681", "320682", "320684",
          "320685", "320621", "321281", "321088", "341221", "341623", "412726", "511321", "522422",
          "362324", "430524");

  private static final List<String> MOBILE_PREFIXES =
      List.of(
          "139", "138", "137", "136", "135", "134", "150", "151", "152", "157", "158", "159", "182",
          "183", "187", "188", "130", "131", "132", "155", "156", "185", "186", "133", "153", "177",
          "180", "181", "189", "199", "198", "166");

  private final Random random;
  private final Set<String> idNumbers = new HashSet<>();

  public DemoPeople(Random random) {
    this.random = random;
  }

  /** A full name (surname + one or two characters) of someone of that gender. */
  public String name(boolean male) {
    List<String> given = male ? MALE : FEMALE;
    String name = SURNAMES.get(random.nextInt(SURNAMES.size())) + pick(given);
    return random.nextInt(10) < 7 ? name + pick(given) : name;
  }

  /** An 11-digit mainland mobile number. */
  public String mobile() {
    return MOBILE_PREFIXES.get(random.nextInt(MOBILE_PREFIXES.size()))
        + "%08d".formatted(random.nextInt(100_000_000));
  }

  /** A resident ID number of someone born on {@code birth}, never handed out before. */
  public String idNumber(LocalDate birth, boolean male) {
    while (true) {
      int sequence = random.nextInt(500) * 2 + (male ? 1 : 0);
      String first17 =
          AREAS.get(random.nextInt(AREAS.size()))
              + birth.format(DateTimeFormatter.BASIC_ISO_DATE)
              + "%03d".formatted(sequence);
      String number = first17 + ResidentIdNumber.checkCharacter(first17);
      if (idNumbers.add(number)) {
        return number;
      }
    }
  }

  /** One of {@code options}, evenly. */
  public <T> T pick(List<T> options) {
    return options.get(random.nextInt(options.size()));
  }

  /** One of {@code options} with the given weights (same length). */
  public <T> T pick(List<T> options, int... weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int r = random.nextInt(total);
    for (int i = 0; i < options.size(); i++) {
      r -= weights[i];
      if (r < 0) {
        return options.get(i);
      }
    }
    return options.get(options.size() - 1);
  }

  /** The random source itself. */
  public Random random() {
    return random;
  }
}
