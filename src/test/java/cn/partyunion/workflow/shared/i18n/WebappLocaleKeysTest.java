package cn.partyunion.workflow.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our Simplified-Chinese locale files for the Camunda webapps ({@code
 * src/main/resources/META-INF/resources/webjars/camunda/app/<webapp>/locales/zh-CN.json}) must stay
 * in step with the English file shipped in the Camunda webjar: after a Camunda upgrade this test
 * names every key that was added or removed upstream.
 */
class WebappLocaleKeysTest {

  private static final String APP = "META-INF/resources/webjars/camunda/app/";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** {{placeholders}}, "{}" (ng-pluralize count), HTML tags and entities, moment's %d / %s. */
  private static final Pattern MARKUP =
      Pattern.compile("\\{\\{.*?}}|\\{}|<[^>]*>|&[a-zA-Z]+;|%[ds]");

  /**
   * Labels whose English value is the bare plural suffix "s" (appended to "instance"): Chinese has
   * no plural inflection, so their translation is intentionally empty.
   */
  private static final Set<String> PLURAL_SUFFIX_KEYS =
      Set.of(
          "labels.PLGN_BATCH_S",
          "labels.PLGN_MIG_S",
          "labels.PLGN_MOD_DIALOG_S",
          "labels.PLGN_MOD_RESTART_DIALOG_S");

  /** Values that stay as they are in Chinese: product names, abbreviations, a date pattern. */
  private static final Set<String> KEPT_AS_IS =
      Set.of("Camunda", "Optimize", "ID", "ID*", "CSV", "JSON", "YYYY-MM-DDTHH:mm:ss");

  private static final Pattern CJK = Pattern.compile("\\p{IsHan}");

  /** Date patterns a message shows users to type by (yyyy-MM-ddTHH:mm:ss). */
  private static final Pattern DATE_PATTERN =
      Pattern.compile("[yY]{4}-MM-[dD]{2}(?:'?T'?HH:mm(?::ss)?)?");

  private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_$][\\w$.]*");

  /**
   * English words a Chinese value may keep: product and component names, abbreviations, technical
   * terms a user types or reads in code (FEEL, cron), units and format letters.
   */
  private static final Set<String> ALLOWED_WORDS =
      Set.of(
          "camunda",
          "cockpit",
          "tasklist",
          "admin",
          "optimize",
          "welcome",
          "bpmn",
          "dmn",
          "cmmn",
          "drd",
          "feel",
          "juel",
          "id",
          "ids",
          "csv",
          "json",
          "xml",
          "html",
          "url",
          "rest",
          "api",
          "ldap",
          "sso",
          "cron",
          "iso",
          "utc",
          "js",
          "css",
          "http",
          "https",
          "www",
          "org",
          "com",
          "docs",
          "io",
          "yyyy",
          "mm",
          "dd",
          "hh",
          "ss",
          "ok",
          "cpu",
          "uuid",
          "sql",
          "jdbc",
          "java",
          "groovy",
          "javascript",
          "python",
          "ruby",
          "spin",
          "connect",
          "batch",
          "etc",
          "true",
          "false",
          "null",
          "string",
          "boolean",
          "integer",
          "long",
          "double",
          "short",
          "date",
          "object",
          "bytes",
          "file",
          "and",
          "or",
          "not",
          "of",
          "in",
          "ce",
          "ee",
          "el",
          "href",
          "target",
          "blank",
          "class",
          "span",
          "strong",
          "em",
          "br",
          "nbsp",
          "lt",
          "gt",
          "amp",
          "ng",
          "pdf",
          "png",
          "svg",
          "zip",
          "yaml",
          "ctrl",
          "shift",
          "alt",
          "promise",
          "resolve",
          "localhost",
          "cam",
          "bpm",
          "saas",
          "metrics",
          "telemetry",
          "rpa",
          "tenant",
          "jobs");

  private static final Pattern ENGLISH_WORD = Pattern.compile("[A-Za-z]{2,}");

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void zhCnHasEveryShippedKeyAndNoOther(String webapp) throws IOException {
    Map<String, String> en = shippedEnglish(webapp);
    Map<String, String> zh = ourChinese(webapp);

    Set<String> missing = new TreeSet<>(en.keySet());
    missing.removeAll(zh.keySet());
    Set<String> extra = new TreeSet<>(zh.keySet());
    extra.removeAll(en.keySet());

    assertThat(missing.isEmpty() && extra.isEmpty())
        .as(
            "%s: zh-CN.json must have exactly the keys of the shipped en.json%n"
                + "  missing in zh-CN.json: %s%n  not in the shipped en.json: %s",
            webapp, missing, extra)
        .isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void zhCnValueIsNotEmptyWhereEnglishIsNot(String webapp) throws IOException {
    Map<String, String> en = shippedEnglish(webapp);
    Map<String, String> zh = ourChinese(webapp);

    List<String> empty =
        offending(
            en,
            zh,
            (key, english, chinese) ->
                !english.isBlank() && !PLURAL_SUFFIX_KEYS.contains(key) && chinese.isBlank()
                    ? key
                    : null);

    assertThat(empty).as("%s: zh-CN.json keys with an empty value", webapp).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void zhCnKeepsEveryPlaceholderAndMarkup(String webapp) throws IOException {
    Map<String, String> en = shippedEnglish(webapp);
    Map<String, String> zh = ourChinese(webapp);

    List<String> broken =
        offending(
            en,
            zh,
            (key, english, chinese) ->
                markup(english).equals(markup(chinese))
                    ? null
                    : key
                        + ": expected "
                        + markup(english)
                        + " but was "
                        + markup(chinese)
                        + " in \""
                        + chinese
                        + "\"");

    assertThat(broken)
        .as("%s: zh-CN.json values that lost or changed a {{placeholder}} or markup", webapp)
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void zhCnLeavesNoLabelInEnglish(String webapp) throws IOException {
    Map<String, String> en = shippedEnglish(webapp);
    Map<String, String> zh = ourChinese(webapp);

    List<String> untranslated =
        offending(
            en,
            zh,
            (key, english, chinese) ->
                key.startsWith("labels.")
                        && ENGLISH_WORD.matcher(MARKUP.matcher(english).replaceAll("")).find()
                        && !chinese.isBlank()
                        && !KEPT_AS_IS.contains(chinese)
                        && !CJK.matcher(chinese).find()
                    ? key + " = \"" + chinese + "\""
                    : null);

    assertThat(untranslated).as("%s: zh-CN.json labels left in English", webapp).isEmpty();
  }

  /**
   * No value of our zh-CN.json (labels and every other section) may keep an English word outside
   * markup, placeholders and {@link #ALLOWED_WORDS}: a Chinese reader would meet it on the page.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void zhCnValuesHaveNoEnglishWordsLeft(String webapp) throws IOException {
    Map<String, String> zh = ourChinese(webapp);
    List<String> english = new ArrayList<>();
    zh.forEach(
        (key, chinese) -> {
          if (key.startsWith("dateLocales.longDateFormat.")
              || key.startsWith("dateLocales.calendar.")) {
            return; // moment.js format patterns (dddd, LT, [上]), not words
          }
          String text =
              DATE_PATTERN.matcher(MARKUP.matcher(chinese).replaceAll(" ")).replaceAll(" ");
          Matcher word = ENGLISH_WORD.matcher(text);
          Set<String> left = new TreeSet<>();
          while (word.find()) {
            String found = word.group();
            boolean abbreviation = found.length() <= 5 && found.equals(found.toUpperCase());
            if (!abbreviation
                && !ALLOWED_WORDS.contains(found.toLowerCase(java.util.Locale.ROOT))) {
              left.add(word.group());
            }
          }
          if (!left.isEmpty() && !KEPT_AS_IS.contains(chinese.trim())) {
            english.add(key + " " + left + " = \"" + chinese + "\"");
          }
        });
    assertThat(english).as("%s: zh-CN.json values with English words left", webapp).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void configJsTakesItsLocalesAndLanguageSwitchFromTheSharedModule(String webapp)
      throws IOException {
    String configJs = read(resource(APP + webapp + "/scripts/config.js"));
    assertThat(configJs)
        .contains("import {locales} from '../../partyunion/locale.js';")
        .contains("locales: locales,")
        .containsPattern("customScripts: \\[\\s*'\\.\\./partyunion/language-switch'");
    assertThat(read(resource(APP + webapp + "/styles/user-styles.css")))
        .contains("@import url(\"../../partyunion/styles.css\");");
  }

  @org.junit.jupiter.api.Test
  void sharedLocaleModuleOffersChineseEnglishAndGerman() throws IOException {
    String localeJs = read(resource(APP + "partyunion/locale.js"));
    Matcher available = Pattern.compile("availableLocales:\\s*\\[([^\\]]*)]").matcher(localeJs);
    List<String> offered = new java.util.ArrayList<>();
    while (available.find()) {
      offered.addAll(List.of(available.group(1).replaceAll("\\s", "").split(",")));
    }
    assertThat(offered)
        .as("availableLocales of partyunion/locale.js")
        .contains("'zh-CN'", "'en'", "'de'");
  }

  // --- helpers ---

  /** Judges one key: a description of what is wrong with its Chinese value, or null. */
  @FunctionalInterface
  private interface KeyCheck {
    String problem(String key, String english, String chinese);
  }

  /** The problems {@code check} finds, over every key of the shipped English file. */
  private static List<String> offending(
      Map<String, String> en, Map<String, String> zh, KeyCheck check) {
    List<String> problems = new ArrayList<>();
    en.forEach(
        (key, english) -> {
          String problem = check.problem(key, english, zh.getOrDefault(key, ""));
          if (problem != null) {
            problems.add(problem);
          }
        });
    return problems;
  }

  /** en.json as shipped in the camunda-webapp-webjar (we never override it). */
  private static Map<String, String> shippedEnglish(String webapp) throws IOException {
    String path = APP + webapp + "/locales/en.json";
    List<URL> candidates =
        Collections.list(WebappLocaleKeysTest.class.getClassLoader().getResources(path));
    URL fromWebjar =
        candidates.stream()
            .filter(url -> url.toString().contains("camunda-webapp-webjar"))
            .findFirst()
            .orElseThrow(
                () ->
                    new AssertionError(
                        path
                            + " not found in the camunda-webapp-webjar on the test classpath; found: "
                            + candidates));
    return flatten(fromWebjar);
  }

  /** Our zh-CN.json from src/main/resources. */
  private static Map<String, String> ourChinese(String webapp) throws IOException {
    return flatten(resource(APP + webapp + "/locales/zh-CN.json"));
  }

  private static URL resource(String path) {
    URL url = WebappLocaleKeysTest.class.getClassLoader().getResource(path);
    assertThat(url).as("classpath resource %s", path).isNotNull();
    return url;
  }

  private static Map<String, String> flatten(URL url) throws IOException {
    // Jackson skips the UTF-8 byte order mark that Camunda's en.json files start with.
    try (InputStream in = url.openStream()) {
      Map<String, String> flat = new LinkedHashMap<>();
      flatten("", JSON.readTree(in), flat);
      return flat;
    }
  }

  private static void flatten(String path, JsonNode node, Map<String, String> flat) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        flatten(
            path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), flat);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(path + "[" + i + "]", node.get(i), flat);
      }
    } else {
      flat.put(path, node.asText());
    }
  }

  /**
   * The markup tokens of a value, sorted; a {{placeholder}} counts by the variable it starts with,
   * so a Chinese value may use an expression on it ({{ instances === 'No' ? '没有' : instances }}).
   */
  private static List<String> markup(String value) {
    List<String> tokens = new ArrayList<>();
    Matcher matcher = MARKUP.matcher(value);
    while (matcher.find()) {
      String token = matcher.group();
      Matcher variable = VARIABLE.matcher(token);
      tokens.add(
          token.startsWith("{{") && token.length() > 4 && variable.find(2)
              ? "{{" + variable.group() + "}}"
              : token);
    }
    Collections.sort(tokens);
    return tokens;
  }

  private static String read(URL url) throws IOException {
    try (InputStream in = url.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
