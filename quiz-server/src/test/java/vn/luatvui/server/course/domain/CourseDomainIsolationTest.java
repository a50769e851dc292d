package vn.luatvui.server.course.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The course rules are plain Java: the JDK, the bank's violations and text functions, nothing else. */
class CourseDomainIsolationTest {
  private final JavaClasses domain = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("vn.luatvui.server.course.domain");

  @Test
  void the_domain_depends_only_on_the_jdk_and_the_bank_text_and_violations() {
    classes().should().onlyDependOnClassesThat().resideInAnyPackage("java..", "vn.luatvui.bank.text",
        "vn.luatvui.bank.question", "vn.luatvui.server.course.domain").check(domain);
  }
}
