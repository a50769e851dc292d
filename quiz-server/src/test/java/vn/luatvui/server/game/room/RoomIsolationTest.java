package vn.luatvui.server.game.room;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The room is plain Java: no framework, no I/O, no clock of its own. That is what makes it replayable. */
class RoomIsolationTest {
  private final JavaClasses room = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("vn.luatvui.server.game.room");

  @Test
  void the_room_depends_only_on_the_jdk_basics_the_bank_domain_and_shared_judging() {
    classes().should().onlyDependOnClassesThat().resideInAnyPackage("java.lang..", "java.util", "java.util.function",
            "java.util.stream", "java.text",
            "vn.luatvui.bank.question", "vn.luatvui.bank.text", "vn.luatvui.server.game.room",
            "vn.luatvui.server.judging")
        .check(room);
  }

  @Test
  void the_room_never_reads_a_clock_or_a_random_source() {
    noClasses().should().callMethod(System.class, "currentTimeMillis")
        .orShould().callMethod(System.class, "nanoTime")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Random")
        .orShould().dependOnClassesThat().resideInAnyPackage("java.time..", "java.util.concurrent..")
        .check(room);
  }
}
