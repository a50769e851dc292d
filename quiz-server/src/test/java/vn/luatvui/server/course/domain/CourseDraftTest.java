package vn.luatvui.server.course.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.luatvui.bank.question.Violation;

class CourseDraftTest {
  private static final QuizRules QUIZ = new QuizRules(3, 60, List.of("giao-thong"), List.of());
  private static final FinalTestRules FINAL = new FinalTestRules(10, 900, 2, 70, List.of(), List.of());

  @Test
  void a_sound_course_has_no_problem_and_its_lessons_are_numbered_in_order() {
    CourseDraft d = new CourseDraft(" Luật  Giao thông ", null, List.of(
        new Lesson(7, "Bài một", "Nội dung", List.of(), " ", QUIZ),
        new Lesson(3, "Bài hai", "", List.of(new Article("36/2024/QH15", 10)), "https://video.vn/a.mp4", QUIZ)), FINAL)
        .normalized();
    assertThat(d.check()).isEmpty();
    assertThat(d.title()).isEqualTo("Luật Giao thông");
    assertThat(d.lessons().stream().map(Lesson::position)).containsExactly(1, 2);
    assertThat(d.lessons().get(0).videoUrl()).isNull();
  }

  @Test
  void every_problem_is_named_by_where_it_is() {
    CourseDraft d = new CourseDraft("", "", List.of(
        new Lesson(1, "", "", List.of(), "javascript:alert(1)", new QuizRules(0, 101, null, null)),
        new Lesson(2, "Bài hai", "x", List.of(new Article("", 0)), null, null)),
        new FinalTestRules(0, 30, 11, 0, null, null)).normalized();
    assertThat(d.check().stream().map(Violation::field)).containsExactlyInAnyOrder("title", "lessons[0].title",
        "lessons[0].body", "lessons[0].videoUrl", "lessons[0].quiz.questions", "lessons[0].quiz.passPercent",
        "lessons[1].articles[0]", "lessons[1].quiz", "finalTest.questions", "finalTest.timeLimitSeconds",
        "finalTest.attempts", "finalTest.passPercent");
  }

  @Test
  void a_lesson_plays_a_video_uploaded_here_but_no_other_path_on_this_site() {
    String sha = "ab".repeat(32);
    for (String stored : new String[] {"/media/" + sha + ".mp4", "/media/" + sha + ".webm"}) {
      assertThat(new CourseDraft("Khóa", "", List.of(new Lesson(1, "Bài", "Nội dung", List.of(), stored, QUIZ)), FINAL)
          .normalized().check()).isEmpty();
    }
    for (String other : new String[] {"/media/" + sha + ".png", "/api/me", "/media/../" + sha + ".mp4"}) {
      assertThat(new CourseDraft("Khóa", "", List.of(new Lesson(1, "Bài", "Nội dung", List.of(), other, QUIZ)), FINAL)
          .normalized().check().stream().map(Violation::field)).containsExactly("lessons[0].videoUrl");
    }
  }

  @Test
  void a_course_without_lessons_or_final_test_is_refused() {
    assertThat(new CourseDraft("Khóa", "", List.of(), null).check().stream().map(Violation::field))
        .containsExactly("lessons", "finalTest");
  }

  @Test
  void certificate_codes_read_back_however_they_are_typed() {
    int[] next = {0};
    String code = CertificateCodes.make(bound -> next[0]++ % bound);
    assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
    assertThat(CertificateCodes.canonical(code.toLowerCase().replace("-", " "))).isEqualTo(code);
    assertThat(CertificateCodes.canonical("ABCD-EFGH")).isNull();
    assertThat(CertificateCodes.canonical("IIII-OOOO-1111-0000")).isNull();
    assertThat(CertificateCodes.canonical(null)).isNull();
  }
}
