package cn.partyunion.workflow.shared.demo;

import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * In the demo profile the job executor starts when the demo history is complete ({@link DemoData}),
 * not when the application is ready: the history loads in the background with its own clock and
 * runs its jobs itself, and a job executor acquiring them at the real time would run them a second
 * time, at the wrong date. The Camunda starter's {@code jobExecutorStartingEventListener} (which
 * starts it on {@code ProcessApplicationStartedEvent}) is therefore removed; with {@code
 * camunda.bpm.job-execution.enabled=false} there is neither a listener nor anything to start.
 */
@Component
@Profile("demo")
public class DemoJobExecutorStart implements BeanDefinitionRegistryPostProcessor {

  /**
   * The starter's bean (DefaultJobConfiguration.JobConfiguration#jobExecutorStartingEventListener).
   */
  static final String STARTER_LISTENER = "jobExecutorStartingEventListener";

  private ObjectProvider<JobExecutor> jobExecutor;
  private boolean listenerRemoved;

  @Override
  public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
    if (registry.containsBeanDefinition(STARTER_LISTENER)) {
      registry.removeBeanDefinition(STARTER_LISTENER);
      listenerRemoved = true;
    }
  }

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory)
      throws BeansException {
    jobExecutor = beanFactory.getBeanProvider(JobExecutor.class);
  }

  /**
   * Starts the job executor in place of the removed listener (once; not when job execution is off).
   */
  void start() {
    if (!listenerRemoved) {
      return;
    }
    JobExecutor executor = jobExecutor.getIfAvailable();
    if (executor != null && !executor.isActive()) {
      executor.start();
    }
  }
}
