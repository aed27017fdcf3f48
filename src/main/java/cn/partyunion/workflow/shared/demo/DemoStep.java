package cn.partyunion.workflow.shared.demo;

/**
 * One part of the demo data that code creates rather than a script: demo identities (users,
 * memberships) and generated records. A process contributes a step as a {@code @Component} with
 * {@code @Profile("demo")}; {@link DemoData} runs the steps in their {@code @Order}, after every
 * role set-up, so the groups and tenants the step joins users to exist.
 */
public interface DemoStep {

  /**
   * Creates what is missing and leaves what exists: it runs at every start, also on a persistent
   * database that holds the demo data already.
   *
   * @param password the password of every demo user ({@code partyunion.demo.password})
   */
  void create(String password);

  /**
   * Whether the step loads demo history ({@link DemoHistoryStep}): such steps run on a background
   * thread once the identities are there and the application answers; the others before it does.
   */
  default boolean history() {
    return false;
  }
}
