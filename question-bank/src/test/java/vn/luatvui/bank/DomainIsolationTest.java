package vn.luatvui.bank;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The bank's rules are plain Java: no frameworks, no I/O formats, no storage. */
class DomainIsolationTest {
  private final JavaClasses classes = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("vn.luatvui.bank");

  @Test
  void the_domain_depends_on_no_framework_storage_or_file_format() {
    noClasses().that().resideInAnyPackage("..bank.question..", "..bank.review..", "..bank.law..", "..bank.text..",
            "..bank.account..")
        .should().dependOnClassesThat().resideInAnyPackage("io.vertx..", "io.lettuce..", "com.fasterxml..",
            "org.apache..", "java.sql..", "..bank.formats..")
        .check(classes);
  }
}
