package cn.partyunion.workflow.shared.web;

import cn.partyunion.workflow.shared.identity.LoginProvisioning.Login;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The answer of a register import that was stored (all rows): rows stored, of them new records and
 * updated ones, and the logins created with their initial passwords (shown this once).
 */
public record ImportSummary(int imported, int created, int updated, List<Login> logins) {

  /**
   * Stores every record of an accepted sheet.
   *
   * @param isNew whether a record is not registered yet (asked before it is stored)
   * @param store stores one record and provisions its login (null when it has none)
   */
  public static <T> ImportSummary storeAll(
      List<T> records, Predicate<T> isNew, Function<T, Login> store) {
    int created = 0;
    List<Login> logins = new ArrayList<>();
    for (T record : records) {
      created += isNew.test(record) ? 1 : 0;
      Login login = store.apply(record);
      if (login != null && login.initialPassword() != null) {
        logins.add(login);
      }
    }
    return new ImportSummary(records.size(), created, records.size() - created, logins);
  }
}
