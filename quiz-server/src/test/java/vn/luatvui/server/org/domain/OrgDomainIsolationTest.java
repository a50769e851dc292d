package vn.luatvui.server.org.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The organisation domain is plain Java: no framework, no I/O, no clock or random source of its own. */
class OrgDomainIsolationTest {
  private final JavaClasses domain = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("vn.luatvui.server.org.domain");

  @Test
  void the_domain_depends_only_on_the_jdk_the_text_helpers_and_the_csv_reader() {
    classes().should().onlyDependOnClassesThat().resideInAnyPackage("java..", "vn.luatvui.bank.text",
            "vn.luatvui.server.org.domain", "org.apache.commons.csv")
        .check(domain);
  }

  @Test
  void the_domain_never_reads_a_clock_or_a_random_source_and_does_no_io() {
    noClasses().should().callMethod(System.class, "currentTimeMillis")
        .orShould().callMethod(Instant.class, "now")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Random")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.security.SecureRandom")
        .orShould().dependOnClassesThat().areAssignableTo(Clock.class)
        .orShould().dependOnClassesThat().resideInAnyPackage("java.nio..", "java.net..", "java.sql..")
        .check(domain);
  }
}
