package vn.luatvui.server.judging;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Judging is shared by the live game and contests, so it depends on neither, only on the bank's question content. */
class JudgingIsolationTest {
  private final JavaClasses judging = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("vn.luatvui.server.judging");

  private final JavaClasses server = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("vn.luatvui.server.contest", "vn.luatvui.server.game");

  @Test
  void judging_depends_only_on_the_jdk_basics_and_the_bank_domain() {
    classes().should().onlyDependOnClassesThat().resideInAnyPackage("java.lang..", "java.util",
            "vn.luatvui.bank.question", "vn.luatvui.bank.text", "vn.luatvui.server.judging")
        .check(judging);
  }

  @Test
  void contests_do_not_reach_into_the_live_game_nor_the_live_game_into_contests() {
    noClasses().that().resideInAnyPackage("vn.luatvui.server.contest..")
        .should().dependOnClassesThat().resideInAnyPackage("vn.luatvui.server.game..")
        .check(server);
    noClasses().that().resideInAnyPackage("vn.luatvui.server.game..")
        .should().dependOnClassesThat().resideInAnyPackage("vn.luatvui.server.contest..")
        .check(server);
  }
}
