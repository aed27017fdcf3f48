package cn.partyunion.workflow.shared.demo;

/**
 * A demo step that loads generated history through {@link DemoHistory#load}: {@link DemoData} runs
 * it on its background thread, after the identities and once the application answers.
 */
public interface DemoHistoryStep extends DemoStep {

  @Override
  default boolean history() {
    return true;
  }
}
