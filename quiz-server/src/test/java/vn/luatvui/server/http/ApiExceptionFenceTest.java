package vn.luatvui.server.http;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Services decide outcomes with named reasons; only the edge decides HTTP. An {@link ApiException} is
 * made or named only in the {@code http} package and in route classes ({@code *Routes}, with their
 * nested classes and lambdas).
 */
class ApiExceptionFenceTest {
  private final JavaClasses server = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("vn.luatvui");

  private static final DescribedPredicate<JavaClass> AT_THE_EDGE =
      new DescribedPredicate<>("in the http package or a *Routes class") {
        @Override
        public boolean test(JavaClass c) {
          String topLevel = c.getName().split("\\$", 2)[0];
          return c.getPackageName().equals("vn.luatvui.server.http") || topLevel.endsWith("Routes");
        }
      };

  @Test
  void only_the_http_edge_and_route_classes_speak_in_http_statuses() {
    noClasses().that(DescribedPredicate.not(AT_THE_EDGE))
        .should().dependOnClassesThat().areAssignableTo(ApiException.class)
        .check(server);
  }
}
