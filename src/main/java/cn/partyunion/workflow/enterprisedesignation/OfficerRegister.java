package cn.partyunion.workflow.enterprisedesignation;

import cn.partyunion.workflow.enterprisedesignation.RegisterEntries.OfficerEntry;
import cn.partyunion.workflow.shared.identity.LoginProvisioning.Login;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The register of chief service officers (首席服务员, {@code dr_officer}): district cadres linked to an
 * enterprise (seed 004). They have no task in the processes, so registering one provisions nothing;
 * the phone is stored encrypted (issue 16).
 */
@Component
class OfficerRegister extends Register<OfficerEntry> {

  private final RegisterMapper mapper;

  OfficerRegister(RegisterMapper mapper) {
    super(
        "officers",
        "首席服务员登记册",
        List.of(
            RegisterField.key("code", "首席服务员编号", 16),
            RegisterField.text("name", "姓名", 30, true),
            RegisterField.text("unit", "工作单位", 100, true),
            new RegisterField("phone", "手机号码", RegisterField.Kind.MOBILE, 11, false, false)));
    this.mapper = mapper;
  }

  @Override
  OfficerEntry build(RegisterValues values) {
    return new OfficerEntry(
        values.get("code"), values.get("name"), values.get("unit"), values.get("phone"));
  }

  @Override
  String key(OfficerEntry row) {
    return row.code();
  }

  @Override
  Checker<OfficerEntry> checker() {
    return (row, stored, problems) -> {};
  }

  @Override
  Set<String> keys() {
    return new HashSet<>(mapper.officerCodes());
  }

  @Override
  OfficerEntry find(String key) {
    return mapper.findOfficer(key);
  }

  @Override
  List<OfficerEntry> page(String like, int offset, Integer limit) {
    return mapper.pageOfficers(like, offset, limit);
  }

  @Override
  long count(String like) {
    return mapper.countOfficers(like);
  }

  @Override
  void insert(OfficerEntry row) {
    mapper.insertOfficer(row);
  }

  @Override
  void update(OfficerEntry row) {
    mapper.updateOfficer(row);
  }

  @Override
  List<Login> provision(OfficerEntry row, OfficerEntry previous) {
    return List.of();
  }
}
