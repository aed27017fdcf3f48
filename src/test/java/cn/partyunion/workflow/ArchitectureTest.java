package cn.partyunion.workflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.TimeZone;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The house rules of the code base (issue 9): one package per process plus {@code shared}; process
 * packages never depend on each other and {@code shared} on none of them; one clock (no server
 * zone, no {@code now()} that bypasses the engine clock); delegates and listeners named for what
 * they do.
 */
class ArchitectureTest {

  private static final String BASE = "cn.partyunion.workflow";
  private static JavaClasses main;

  /** The application's classes (main code only), imported once. */
  private static synchronized JavaClasses main() {
    if (main == null) {
      main =
          new ClassFileImporter()
              .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
              .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
              .importPackages(BASE);
    }
    return main;
  }

  /**
   * The web front end (产改工作台): a client of the processes' public services, which may depend on any
   * process package but none on it.
   */
  private static final String WORKBENCH = BASE + ".workbench";

  /** The process packages: every direct sub-package of the base but {@code shared}, workbench. */
  static List<String> processPackages() {
    return main().stream()
        .map(c -> c.getPackageName())
        .filter(name -> name.startsWith(BASE + ".") && !name.startsWith(BASE + ".shared"))
        .filter(name -> !name.startsWith(WORKBENCH))
        .map(name -> name.substring(BASE.length() + 1).split("\\.")[0])
        .distinct()
        .sorted()
        .toList();
  }

  @ParameterizedTest
  @MethodSource("processPackages")
  void aProcessPackageDependsOnNoOtherProcess(String process) {
    String[] others =
        processPackages().stream()
            .filter(p -> !p.equals(process))
            .map(p -> BASE + "." + p + "..")
            .toArray(String[]::new);
    noClasses()
        .that()
        .resideInAPackage(BASE + "." + process + "..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(others)
        .because("processes talk to each other only through a small published service in shared")
        .check(main());
  }

  @Test
  void sharedDependsOnNoProcess() {
    noClasses()
        .that()
        .resideInAPackage(BASE + ".shared..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            processPackages().stream().map(p -> BASE + "." + p + "..").toArray(String[]::new))
        .check(main());
  }

  @Test
  void nothingDependsOnTheWorkbench() {
    noClasses()
        .that()
        .resideOutsideOfPackage(WORKBENCH + "..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(WORKBENCH + "..")
        .because("the workbench is the API's client; the processes do not know it")
        .check(main());
  }

  @Test
  void thereIsOneClock() {
    noClasses()
        .should()
        .callMethod(ZoneId.class, "systemDefault")
        .orShould()
        .callMethod(LocalDate.class, "now")
        .orShould()
        .callMethod(LocalDateTime.class, "now")
        .orShould()
        .callMethod(TimeZone.class, "getDefault")
        .because("dates come from shared.engine.EngineClock (engine clock, application zone)")
        .check(main());
  }

  @Test
  void delegatesAreNamedVerbObjectDelegate() {
    classes()
        .that()
        .implement(JavaDelegate.class)
        .should()
        .haveSimpleNameEndingWith("Delegate")
        .andShould()
        .haveNameMatching(".*\\.[A-Z][a-z]+[A-Z][A-Za-z]*Delegate")
        .check(main());
  }

  @Test
  void listenersAreNamedListener() {
    classes()
        .that()
        .implement(TaskListener.class)
        .or()
        .implement(ExecutionListener.class)
        .should()
        .haveSimpleNameEndingWith("Listener")
        .check(main());
  }
}
