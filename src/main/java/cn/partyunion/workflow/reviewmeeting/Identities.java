package cn.partyunion.workflow.reviewmeeting;

import java.util.List;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

/**
 * Group membership look-ups the process needs while a user works on it: they run without the
 * caller's authorizations (an organizer may not read other users, yet their start form names them).
 */
@Component
class Identities {

  private final IdentityService identityService;
  private final ProcessEngineConfigurationImpl engineConfiguration;

  Identities(IdentityService identityService, ProcessEngine engine) {
    this.identityService = identityService;
    this.engineConfiguration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }

  /** Ids of the members of {@code groupId}, sorted. */
  List<String> membersOf(String groupId) {
    return privileged(
        () ->
            identityService
                .createUserQuery()
                .memberOfGroup(groupId)
                .orderByUserId()
                .asc()
                .list()
                .stream()
                .map(User::getId)
                .toList());
  }

  /**
   * The members of {@code groupId} with their names ("family name + first name" as the webapps show
   * them), sorted by id, read without the caller's authorizations (for the organizer's pickers).
   */
  List<Person> people(String groupId) {
    return engineConfiguration
        .getCommandExecutorTxRequired()
        .execute(
            context ->
                context.runWithoutAuthorization(
                    () ->
                        identityService
                            .createUserQuery()
                            .memberOfGroup(groupId)
                            .orderByUserId()
                            .asc()
                            .list()
                            .stream()
                            .map(Person::of)
                            .toList()));
  }

  /** Ids of the groups {@code userId} belongs to (empty for an unknown user). */
  List<String> groupsOf(String userId) {
    return privileged(
        () ->
            identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .toList());
  }

  private static <T> T privileged(Callable<T> query) {
    CommandContext commandContext = Context.getCommandContext();
    try {
      return commandContext == null ? query.call() : commandContext.runWithoutAuthorization(query);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
