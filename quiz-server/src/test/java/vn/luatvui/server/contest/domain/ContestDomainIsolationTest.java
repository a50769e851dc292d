package vn.luatvui.server.contest.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** The contest domain is plain Java: no framework, no I/O, no clock or random source of its own. */
class ContestDomainIsolationTest {
  private final JavaClasses domain = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("vn.luatvui.server.contest.domain");

  @Test
  void the_domain_depends_only_on_the_jdk_the_bank_domain_shared_judging_the_csv_reader_and_icu_text() {
    classes().should().onlyDependOnClassesThat().resideInAnyPackage("java..", "com.ibm.icu.text",
            "vn.luatvui.bank.question", "vn.luatvui.bank.text", "vn.luatvui.server.judging",
            "vn.luatvui.server.contest.domain", "org.apache.commons.csv")
        .check(domain);
  }

  @Test
  void the_domain_never_reads_a_clock_or_a_random_source() {
    noClasses().should().callMethod(System.class, "currentTimeMillis")
        .orShould().callMethod(System.class, "nanoTime")
        .orShould().callMethod(Instant.class, "now")
        .orShould().callMethod(LocalDate.class, "now")
        .orShould().callMethod(LocalDateTime.class, "now")
        .orShould().callMethod(ZonedDateTime.class, "now")
        .orShould().callMethod(Math.class, "random")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Random")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.security.SecureRandom")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.ThreadLocalRandom")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.UUID")
        .orShould().dependOnClassesThat().areAssignableTo(Clock.class)
        .check(domain);
  }

  @Test
  void the_domain_does_no_io_of_its_own() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("java.nio..", "java.net..", "java.sql..")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
        .check(domain);
  }
}
