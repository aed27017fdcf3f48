package cn.partyunion.workflow.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Open tasks in bulk for the Tasklist benchmark: copies the runtime rows of a few hundred cases the
 * engine started (executions, tasks, identity links, variables) under new ids, so that 100,000 open
 * tasks exist in seconds instead of hours. A copy is indistinguishable from its template for every
 * task query (same definition, tenant, assignee, candidate groups, due date, variables); it has no
 * history rows (task queries read none). Each copy round suffixes every id of one copy of each
 * template with {@code ~<round>}; parents are copied before their children (foreign keys).
 */
final class OpenTaskCopies {

  /** The columns that hold ids of the copied rows (suffixed per copy); all others are kept. */
  private static final Set<String> OWN_IDS =
      Set.of(
          "ID_",
          "PROC_INST_ID_",
          "ROOT_PROC_INST_ID_",
          "PARENT_ID_",
          "EXECUTION_ID_",
          "TASK_ID_",
          "VAR_SCOPE_",
          "ACT_INST_ID_",
          "PARENT_TASK_ID_");

  private final JdbcTemplate jdbc;
  private final List<String> templates;
  private final List<List<String>> executionsByDepth;
  private final Map<String, List<String>> columns = new HashMap<>();
  private int round;

  /** Copies of the runtime rows of the process instances {@code templates}. */
  OpenTaskCopies(JdbcTemplate jdbc, List<String> templates) {
    this.jdbc = jdbc;
    this.templates = List.copyOf(templates);
    this.executionsByDepth = executionsByDepth();
  }

  /** Open tasks of the whole engine (every process). */
  long openTasks() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_TASK", Long.class);
  }

  /**
   * Copies the templates until at least {@code size} tasks are open.
   *
   * @return the tasks open afterwards
   */
  long fillTo(long size) {
    long open = openTasks();
    int tasksPerRound =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM ACT_RU_TASK WHERE PROC_INST_ID_ IN (" + marks() + ")",
            Integer.class,
            templates.toArray());
    if (tasksPerRound == 0) {
      throw new IllegalStateException("the template cases have no open task");
    }
    while (open < size) {
      String suffix = "~" + Integer.toString(++round, 36);
      for (List<String> level : executionsByDepth) {
        copy("ACT_RU_EXECUTION", "ID_", level, suffix);
      }
      copy("ACT_RU_TASK", "PROC_INST_ID_", templates, suffix);
      copy("ACT_RU_VARIABLE", "PROC_INST_ID_", templates, suffix);
      jdbc.update(
          insertSelect("ACT_RU_IDENTITYLINK")
              + " WHERE TASK_ID_ IN (SELECT ID_ FROM ACT_RU_TASK WHERE PROC_INST_ID_ IN ("
              + marks()
              + "))",
          withSuffix(suffix, "ACT_RU_IDENTITYLINK", templates));
      open += tasksPerRound;
    }
    return openTasks();
  }

  private void copy(String table, String key, List<String> ids, String suffix) {
    if (ids.isEmpty()) {
      return;
    }
    jdbc.update(
        insertSelect(table) + " WHERE " + key + " IN (" + marks(ids.size()) + ")",
        withSuffix(suffix, table, ids));
  }

  /** The suffix once per id column of {@code table}, then the keys of the rows to copy. */
  private Object[] withSuffix(String suffix, String table, List<String> keys) {
    List<Object> args = new ArrayList<>();
    columns(table).stream().filter(OWN_IDS::contains).forEach(c -> args.add(suffix));
    args.addAll(keys);
    return args.toArray();
  }

  private String insertSelect(String table) {
    List<String> names = columns(table);
    String values =
        names.stream()
            .map(
                c ->
                    OWN_IDS.contains(c)
                        ? "CASE WHEN " + c + " IS NULL THEN NULL ELSE CONCAT(" + c + ", ?) END"
                        : c)
            .collect(Collectors.joining(", "));
    return "INSERT INTO "
        + table
        + " ("
        + String.join(", ", names)
        + ") SELECT "
        + values
        + " FROM "
        + table;
  }

  private List<String> columns(String table) {
    return columns.computeIfAbsent(
        table,
        t ->
            jdbc.query(
                "SELECT * FROM " + t + " WHERE 1 = 0",
                rs -> {
                  List<String> names = new ArrayList<>();
                  for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    names.add(rs.getMetaData().getColumnName(i).toUpperCase(Locale.ROOT));
                  }
                  return names;
                }));
  }

  /** The templates' executions, roots first, each level after its parents. */
  private List<List<String>> executionsByDepth() {
    Map<String, String> parents = new LinkedHashMap<>();
    jdbc.query(
        "SELECT ID_, PARENT_ID_ FROM ACT_RU_EXECUTION WHERE PROC_INST_ID_ IN (" + marks() + ")",
        rs -> {
          parents.put(rs.getString(1), rs.getString(2));
        },
        templates.toArray());
    Map<Integer, List<String>> byDepth = new HashMap<>();
    for (String id : parents.keySet()) {
      int depth = 0;
      for (String p = parents.get(id); p != null; p = parents.get(p)) {
        depth++;
      }
      byDepth.computeIfAbsent(depth, d -> new ArrayList<>()).add(id);
    }
    List<List<String>> levels = new ArrayList<>();
    for (int d = 0; byDepth.containsKey(d); d++) {
      levels.add(Collections.unmodifiableList(byDepth.get(d)));
    }
    return levels;
  }

  private String marks() {
    return marks(templates.size());
  }

  private static String marks(int n) {
    return String.join(", ", Collections.nCopies(n, "?"));
  }
}
