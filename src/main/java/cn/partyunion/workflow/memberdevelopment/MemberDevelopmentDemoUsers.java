package cn.partyunion.workflow.memberdevelopment;

import cn.partyunion.workflow.shared.demo.DemoStep;
import cn.partyunion.workflow.shared.identity.IdentitySetup;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo identities of the member-development procedure (profile {@code demo} only, DOMAIN §6; the
 * demo password): one user per demo branch ({@code branch01}…{@code branch43}, one per demo
 * enterprise, {@code db/demo}), member of {@code branch} and of the branch's own group.
 */
@Component
@Profile("demo")
@Order(4)
public class MemberDevelopmentDemoUsers implements DemoStep {

  private final IdentitySetup identity;
  private final BranchMapper branches;

  public MemberDevelopmentDemoUsers(IdentitySetup identity, BranchMapper branches) {
    this.identity = identity;
    this.branches = branches;
  }

  @Override
  public void create(String password) {
    for (Branch branch : branches.findAll()) {
      identity.ensureUser(branch.code(), branch.enterpriseName(), "党支部书记", password);
      identity.ensureMembership(branch.code(), MemberDevelopmentRoles.BRANCH, branch.code());
    }
  }
}
