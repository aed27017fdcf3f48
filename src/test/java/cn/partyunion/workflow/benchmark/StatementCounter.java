package cn.partyunion.workflow.benchmark;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * A JDBC proxy around the application's {@link DataSource} (the tests' context imports it, see
 * {@code WorkflowSpringTest}) that counts the SQL statements every connection runs while {@link
 * #start()} has switched it on: each {@code execute…} and each {@code addBatch} is one statement
 * (one row written or one query), whatever the driver sends in one round trip. Off, it only
 * forwards. {@link #of(DataSource)} wraps any other data source the same way (the raw engine's).
 */
public class StatementCounter implements BeanPostProcessor {

  private static final Set<String> COUNTED =
      Set.of(
          "execute",
          "executeQuery",
          "executeUpdate",
          "executeLargeUpdate",
          "addBatch"); // executeBatch sends what addBatch counted
  private static final Pattern TABLE =
      Pattern.compile(
          "^\\s*(select|insert|update|delete)\\b(?:.*?\\b(?:from|into)\\b|)\\s*([A-Za-z_][\\w.]*)",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private static volatile boolean on;
  private static final Map<String, LongAdder> BY_SQL = new ConcurrentHashMap<>();

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    return bean instanceof DataSource dataSource ? of(dataSource) : bean;
  }

  /** {@code dataSource} with every statement counted while the counter is on. */
  public static DataSource of(DataSource dataSource) {
    return proxy(DataSource.class, dataSource, null);
  }

  /** Clears the counts and starts counting. */
  public static void start() {
    BY_SQL.clear();
    on = true;
  }

  /** Stops counting. */
  public static void stop() {
    on = false;
  }

  /** Stops counting for a moment, keeping the counts. */
  public static void pause() {
    on = false;
  }

  /** Counts again after {@link #pause()}. */
  public static void resume() {
    on = true;
  }

  /** Statements counted since {@link #start()}. */
  public static long total() {
    return BY_SQL.values().stream().mapToLong(LongAdder::sum).sum();
  }

  /** Statements since {@link #start()} by verb and table ({@code "INSERT ACT_HI_VARINST"}). */
  public static Map<String, Long> byTable() {
    Map<String, Long> counts = new TreeMap<>();
    BY_SQL.forEach((sql, n) -> counts.merge(kind(sql), n.sum(), Long::sum));
    return counts;
  }

  /** Each distinct SQL text counted since {@link #start()} with its count, most frequent first. */
  public static String listing() {
    StringBuilder out = new StringBuilder();
    BY_SQL.entrySet().stream()
        .sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum()))
        .forEach(
            e ->
                out.append(e.getValue().sum())
                    .append('\t')
                    .append(e.getKey().replaceAll("\\s+", " ").strip())
                    .append('\n'));
    return out.toString();
  }

  static String kind(String sql) {
    Matcher m = TABLE.matcher(sql);
    return m.find()
        ? m.group(1).toUpperCase(Locale.ROOT) + " " + m.group(2).toUpperCase(Locale.ROOT)
        : sql.strip().split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
  }

  @SuppressWarnings("unchecked")
  private static <T> T proxy(Class<T> type, Object target, String sql) {
    Set<Class<?>> interfaces = new java.util.LinkedHashSet<>();
    interfaces.add(type);
    for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
      for (Class<?> i : c.getInterfaces()) {
        if (i.getName().startsWith("java.sql.") || i.getName().startsWith("javax.sql.")) {
          interfaces.add(i);
        }
      }
    }
    return (T)
        Proxy.newProxyInstance(
            StatementCounter.class.getClassLoader(),
            interfaces.toArray(Class<?>[]::new),
            new Handler(target, sql));
  }

  private record Handler(Object target, String sql) implements InvocationHandler {
    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      Object result;
      try {
        result = method.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
      String name = method.getName();
      if (result instanceof Connection connection && name.equals("getConnection")) {
        return proxy(Connection.class, connection, null);
      }
      if (result instanceof Statement statement
          && (name.equals("prepareStatement")
              || name.equals("prepareCall")
              || name.equals("createStatement"))) {
        String prepared = args != null && args.length > 0 ? (String) args[0] : null;
        Class<? extends Statement> type =
            name.equals("prepareCall")
                ? java.sql.CallableStatement.class
                : prepared == null ? Statement.class : java.sql.PreparedStatement.class;
        return proxy(type, statement, prepared);
      }
      if (on && COUNTED.contains(name)) {
        String text = args != null && args.length > 0 && args[0] instanceof String s ? s : sql;
        if (text != null) {
          BY_SQL.computeIfAbsent(text, k -> new LongAdder()).increment();
        }
      }
      return result;
    }
  }
}
