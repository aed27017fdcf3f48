package cn.partyunion.workflow.enterprisedesignation;

import cn.partyunion.workflow.enterprisedesignation.RegisterEntries.LiaisonEntry;
import cn.partyunion.workflow.shared.identity.LoginProvisioning;
import cn.partyunion.workflow.shared.identity.LoginProvisioning.Login;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The liaison register (特约培养联系人, {@code dr_liaison}). Registering a liaison provisions the login
 * {@code userId} in the group {@code liaison}; the tenants of the enterprises the liaison is named
 * for follow from the enterprise register ({@link ChannelProvisioning}). A user id that is another
 * role's login (an office's, an administrator's) is refused.
 */
@Component
class LiaisonRegister extends Register<LiaisonEntry> {

  private final RegisterMapper mapper;
  private final LoginProvisioning logins;

  LiaisonRegister(RegisterMapper mapper, LoginProvisioning logins) {
    super(
        "liaisons",
        "特约培养联系人登记册",
        List.of(
            RegisterField.key("userId", "登录账号", 64),
            RegisterField.text("name", "姓名", 30, true),
            RegisterField.text("unit", "工作单位", 100, true)));
    this.mapper = mapper;
    this.logins = logins;
  }

  @Override
  LiaisonEntry build(RegisterValues values) {
    return new LiaisonEntry(values.get("userId"), values.get("name"), values.get("unit"));
  }

  @Override
  String key(LiaisonEntry row) {
    return row.userId();
  }

  @Override
  Checker<LiaisonEntry> checker() {
    return (row, stored, problems) -> {
      if (row.name().codePointCount(0, row.name().length()) < 2) {
        problems.problem("姓名至少2个字符");
      }
      if (logins.takenByOtherRole(row.userId(), EnterpriseDesignationRoles.LIAISON::equals)) {
        problems.problem("登录账号 " + row.userId() + " 已是其他角色的账号，不能登记为特约培养联系人");
      }
    };
  }

  @Override
  Set<String> keys() {
    return new HashSet<>(mapper.liaisonIds());
  }

  @Override
  LiaisonEntry find(String key) {
    return mapper.findLiaison(key);
  }

  @Override
  List<LiaisonEntry> page(String like, int offset, Integer limit) {
    return mapper.pageLiaisons(like, offset, limit);
  }

  @Override
  long count(String like) {
    return mapper.countLiaisons(like);
  }

  @Override
  void insert(LiaisonEntry row) {
    mapper.insertLiaison(row);
  }

  @Override
  void update(LiaisonEntry row) {
    mapper.updateLiaison(row);
  }

  @Override
  List<Login> provision(LiaisonEntry row, LiaisonEntry previous) {
    String[] names = familyAndGiven(row.name());
    return List.of(
        logins.ensureLogin(row.userId(), names[0], names[1], EnterpriseDesignationRoles.LIAISON));
  }
}
