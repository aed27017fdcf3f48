package cn.partyunion.workflow.enterprisedesignation;

import cn.partyunion.workflow.enterprisedesignation.RegisterEntries.CommitteeEntry;
import cn.partyunion.workflow.enterprisedesignation.RegisterEntries.EnterpriseEntry;
import cn.partyunion.workflow.enterprisedesignation.RegisterMapper.EnterpriseKeys;
import cn.partyunion.workflow.shared.identity.LoginProvisioning;
import cn.partyunion.workflow.shared.identity.LoginProvisioning.Login;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The enterprise register (企业, {@code dr_enterprise}, DOMAIN §7): code, name, unified social credit
 * code (GB 32100 check character, unique), industry, park and industry-chain committee
 * (registered), the category flags of seed 004 (规模以上、高新技术、专精特新), liaison and chief service officer
 * (registered), contact (login and name, one enterprise per contact). Registering, importing or
 * updating an enterprise provisions its channel ({@link ChannelProvisioning}) and its contact's
 * login (groups {@code enterprise} and the enterprise's own); a replaced contact leaves both
 * groups, a replaced liaison and a former park leave the enterprise's tenant. Whether the
 * enterprise may nominate stays the year's designation's decision ({@code DesignatedEnterprises}).
 */
@Component
class EnterpriseRegister extends Register<EnterpriseEntry> {

  private final RegisterMapper mapper;
  private final LoginProvisioning logins;
  private final ChannelProvisioning channel;

  EnterpriseRegister(RegisterMapper mapper, LoginProvisioning logins, ChannelProvisioning channel) {
    super(
        "enterprises",
        "企业登记册",
        List.of(
            RegisterField.key("code", "企业编号", 16),
            RegisterField.text("name", "企业名称", 100, true),
            new RegisterField(
                "creditCode", "统一社会信用代码", RegisterField.Kind.CREDIT_CODE, 18, true, true),
            RegisterField.text("industry", "所属产业", 30, true),
            RegisterField.id("parkCode", "园区编号", 16, true),
            RegisterField.id("chainCode", "产业链党委编号", 16, false),
            RegisterField.flag("aboveScale", "规模以上"),
            RegisterField.flag("highTech", "高新技术"),
            RegisterField.flag("specializedNew", "专精特新"),
            RegisterField.id("liaisonId", "特约培养联系人账号", 64, true),
            RegisterField.id("officerCode", "首席服务员编号", 16, false),
            RegisterField.id("contactId", "联系人账号", 64, false).distinct(),
            RegisterField.text("contactName", "联系人姓名", 30, false)));
    this.mapper = mapper;
    this.logins = logins;
    this.channel = channel;
  }

  @Override
  EnterpriseEntry build(RegisterValues v) {
    return new EnterpriseEntry(
        v.get("code"),
        v.get("name"),
        v.get("creditCode"),
        v.get("industry"),
        v.get("parkCode"),
        null,
        v.get("chainCode"),
        null,
        v.flag("aboveScale"),
        v.flag("highTech"),
        v.flag("specializedNew"),
        v.get("liaisonId"),
        null,
        v.get("officerCode"),
        null,
        v.get("contactId"),
        v.get("contactName"));
  }

  @Override
  String key(EnterpriseEntry row) {
    return row.code();
  }

  @Override
  Checker<EnterpriseEntry> checker() {
    Set<String> parks = new HashSet<>(mapper.committeeCodes("dr_park"));
    Set<String> chains = new HashSet<>(mapper.committeeCodes("dr_chain"));
    Set<String> liaisons = new HashSet<>(mapper.liaisonIds());
    Set<String> officers = new HashSet<>(mapper.officerCodes());
    Map<String, String> byCreditCode = new HashMap<>();
    Map<String, String> byContact = new HashMap<>();
    for (EnterpriseKeys keys : mapper.enterpriseKeys()) {
      if (keys.creditCode() != null) {
        byCreditCode.put(keys.creditCode(), keys.code());
      }
      if (keys.contactId() != null) {
        byContact.put(keys.contactId(), keys.code());
      }
    }
    return (row, stored, problems) -> {
      if (row.name().codePointCount(0, row.name().length()) < 2) {
        problems.problem("企业名称至少2个字符");
      }
      unknown(parks, row.parkCode(), "开发园区", problems);
      unknown(chains, row.chainCode(), "产业链党委", problems);
      unknown(liaisons, row.liaisonId(), "特约培养联系人", problems);
      unknown(officers, row.officerCode(), "首席服务员", problems);
      String holder = byCreditCode.get(row.creditCode());
      if (holder != null && !holder.equals(row.code())) {
        problems.problem("统一社会信用代码 " + row.creditCode() + " 已由企业 " + holder + " 登记");
      }
      if (row.contactId() == null) {
        if (row.contactName() != null) {
          problems.problem("填写联系人姓名时须填写联系人账号");
        }
        return;
      }
      if (row.contactName() == null
          || row.contactName().codePointCount(0, row.contactName().length()) < 2) {
        problems.problem("联系人姓名为必填项（至少2个字符）");
      }
      String contactOf = byContact.get(row.contactId());
      if (contactOf != null && !contactOf.equals(row.code())) {
        problems.problem("联系人账号 " + row.contactId() + " 已是企业 " + contactOf + " 的联系人");
      } else if (logins.takenByOtherRole(
          row.contactId(), List.of(EnterpriseDesignationRoles.ENTERPRISE, row.code())::contains)) {
        problems.problem("联系人账号 " + row.contactId() + " 已是其他角色的账号，不能登记为企业联系人");
      }
    };
  }

  private static void unknown(Set<String> registered, String code, String what, RegisterValues p) {
    if (code != null && !registered.contains(code)) {
      p.problem(what + " " + code + " 未登记");
    }
  }

  @Override
  Set<String> keys() {
    Set<String> codes = new HashSet<>();
    mapper.enterpriseKeys().forEach(keys -> codes.add(keys.code()));
    return codes;
  }

  @Override
  EnterpriseEntry find(String key) {
    return mapper.findEnterprise(key);
  }

  @Override
  List<EnterpriseEntry> page(String like, int offset, Integer limit) {
    return mapper.pageEnterprises(like, offset, limit);
  }

  @Override
  long count(String like) {
    return mapper.countEnterprises(like);
  }

  @Override
  void insert(EnterpriseEntry row) {
    mapper.insertEnterprise(row);
  }

  @Override
  void update(EnterpriseEntry row) {
    mapper.updateEnterprise(row);
  }

  @Override
  List<Login> provision(EnterpriseEntry row, EnterpriseEntry previous) {
    CommitteeEntry park = mapper.findCommittee("dr_park", row.parkCode());
    channel.provision(
        new RegisteredEnterprise(
            row.code(),
            row.name(),
            row.parkCode(),
            park.name(),
            row.chainCode(),
            row.aboveScale(),
            row.highTech(),
            row.specializedNew(),
            row.liaisonId(),
            row.officerCode(),
            null,
            row.contactId()),
        previous == null ? List.of() : List.of(previous.liaisonId()),
        previous == null ? null : previous.parkCode());
    List<Login> created = new ArrayList<>();
    if (previous != null
        && previous.contactId() != null
        && !Objects.equals(previous.contactId(), row.contactId())) {
      logins.removeMemberships(
          previous.contactId(), List.of(row.code(), EnterpriseDesignationRoles.ENTERPRISE));
    }
    if (row.contactId() != null) {
      String[] names = familyAndGiven(row.contactName());
      created.add(
          logins.ensureLogin(
              row.contactId(),
              names[0],
              names[1],
              EnterpriseDesignationRoles.ENTERPRISE,
              row.code()));
    }
    return created;
  }
}
