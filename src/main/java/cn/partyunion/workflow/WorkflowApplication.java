package cn.partyunion.workflow;

import java.util.TimeZone;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Workflow application for Party and trade-union organizations: Chongchuan's direct-report channel,
 * Honghe's reporting-and-review meetings and Jiangyin's union-chair stipend, on Camunda 7.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WorkflowApplication {

  /** All dates the users see and all timer cycles are in China Standard Time. */
  public static final String TIME_ZONE = "Asia/Shanghai";

  public static void main(String[] args) {
    TimeZone.setDefault(TimeZone.getTimeZone(TIME_ZONE));
    SpringApplication.run(WorkflowApplication.class, args);
  }
}
