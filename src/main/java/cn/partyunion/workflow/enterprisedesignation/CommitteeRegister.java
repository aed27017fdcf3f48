package cn.partyunion.workflow.enterprisedesignation;

import cn.partyunion.workflow.enterprisedesignation.RegisterEntries.CommitteeEntry;
import cn.partyunion.workflow.shared.identity.LoginProvisioning;
import cn.partyunion.workflow.shared.identity.LoginProvisioning.Login;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The registers of the two recommending sides (DOMAIN §7): parks (开发园区, {@code dr_park}) and
 * industry-chain committees (产业链党委, {@code dr_chain}). Registering one provisions its committee:
 * the group {@code code} (a park's: 园区名 + 党工委), candidate group of its recommendation (and a park's
 * review) tasks, and the committee's login {@code code} in the groups {@code park} or {@code chain}
 * and {@code code}.
 */
class CommitteeRegister extends Register<CommitteeEntry> {

  private final CommitteeKind kind;
  private final String table;
  private final RegisterMapper mapper;
  private final LoginProvisioning logins;

  private CommitteeRegister(
      CommitteeKind kind,
      String name,
      String title,
      String label,
      String table,
      RegisterMapper mapper,
      LoginProvisioning logins) {
    super(
        name,
        title,
        List.of(
            RegisterField.key("code", label + "编号", 16),
            RegisterField.text("name", label + "名称", 100, true)));
    this.kind = kind;
    this.table = table;
    this.mapper = mapper;
    this.logins = logins;
  }

  /** The two committee registers as beans. */
  @Configuration
  static class Beans {

    @Bean
    CommitteeRegister parkRegister(RegisterMapper mapper, LoginProvisioning logins) {
      return new CommitteeRegister(
          CommitteeKind.PARK, "parks", "开发园区登记册", "园区", "dr_park", mapper, logins);
    }

    @Bean
    CommitteeRegister chainRegister(RegisterMapper mapper, LoginProvisioning logins) {
      return new CommitteeRegister(
          CommitteeKind.CHAIN, "chains", "产业链党委登记册", "产业链党委", "dr_chain", mapper, logins);
    }
  }

  @Override
  CommitteeEntry build(RegisterValues values) {
    return new CommitteeEntry(values.get("code"), values.get("name"));
  }

  @Override
  String key(CommitteeEntry row) {
    return row.code();
  }

  @Override
  Checker<CommitteeEntry> checker() {
    return (row, stored, problems) -> {};
  }

  @Override
  Set<String> keys() {
    return new HashSet<>(mapper.committeeCodes(table));
  }

  @Override
  CommitteeEntry find(String key) {
    return mapper.findCommittee(table, key);
  }

  @Override
  List<CommitteeEntry> page(String like, int offset, Integer limit) {
    return mapper.pageCommittees(table, like, offset, limit);
  }

  @Override
  long count(String like) {
    return mapper.countCommittees(table, like);
  }

  @Override
  void insert(CommitteeEntry row) {
    mapper.insertCommittee(table, row);
  }

  @Override
  void update(CommitteeEntry row) {
    mapper.updateCommittee(table, row);
  }

  @Override
  List<Login> provision(CommitteeEntry row, CommitteeEntry previous) {
    boolean park = kind == CommitteeKind.PARK;
    String role = park ? EnterpriseDesignationRoles.PARK : EnterpriseDesignationRoles.CHAIN;
    logins.ensureGroup(row.code(), park ? row.name() + "党工委" : row.name());
    return List.of(
        logins.ensureLogin(row.code(), row.name(), park ? "党工委" : "书记", role, row.code()));
  }
}
