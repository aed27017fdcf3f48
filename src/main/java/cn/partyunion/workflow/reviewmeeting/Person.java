package cn.partyunion.workflow.reviewmeeting;

import org.camunda.bpm.engine.identity.User;

/** A registered person the organizer may pick: user id and name (family name first). */
public record Person(String id, String name) {

  static Person of(User user) {
    String name =
        (user.getLastName() == null ? "" : user.getLastName())
            + (user.getFirstName() == null ? "" : user.getFirstName());
    return new Person(user.getId(), name.isBlank() ? user.getId() : name);
  }
}
