package vn.luatvui.server.course.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CourseProgressTest {
  @Test
  void lessons_unlock_one_after_another_in_order() {
    CourseProgress none = new CourseProgress(3, Set.of(), false);
    assertThat(none.unlocked(1)).isTrue();
    assertThat(none.unlocked(2)).isFalse();
    assertThat(none.next()).isEqualTo(1);

    CourseProgress first = new CourseProgress(3, Set.of(1), false);
    assertThat(first.unlocked(2)).isTrue();
    assertThat(first.unlocked(3)).isFalse();
    assertThat(first.finalUnlocked()).isFalse();
  }

  @Test
  void a_later_lesson_passed_does_not_open_the_ones_after_a_gap() {
    CourseProgress gap = new CourseProgress(3, Set.of(1, 3), false);
    assertThat(gap.unlocked(2)).isTrue();
    assertThat(gap.next()).isEqualTo(2);
    assertThat(gap.lessonsDone()).isFalse();
    assertThat(gap.finalUnlocked()).isFalse();
  }

  @Test
  void the_final_test_opens_after_every_lesson_and_the_course_is_done_only_when_it_is_passed() {
    CourseProgress lessons = new CourseProgress(2, Set.of(1, 2), false);
    assertThat(lessons.finalUnlocked()).isTrue();
    assertThat(lessons.completed()).isFalse();
    assertThat(lessons.next()).isZero();
    assertThat(new CourseProgress(2, Set.of(1, 2), true).completed()).isTrue();
    assertThat(new CourseProgress(2, Set.of(1), true).completed()).isFalse();
  }

  @Test
  void positions_outside_the_course_are_never_unlocked() {
    CourseProgress p = new CourseProgress(2, Set.of(1, 2), false);
    assertThat(p.unlocked(0)).isFalse();
    assertThat(p.unlocked(3)).isFalse();
  }

  @Test
  void the_pass_mark_is_reached_at_the_exact_percent_and_not_below() {
    assertThat(CourseProgress.passes(3, 5, 60)).isTrue();
    assertThat(CourseProgress.passes(2, 5, 60)).isFalse();
    assertThat(CourseProgress.passes(2, 3, 67)).isFalse();
    assertThat(CourseProgress.passes(2, 3, 66)).isTrue();
    assertThat(CourseProgress.passes(10, 10, 100)).isTrue();
    assertThat(CourseProgress.passes(0, 0, 1)).isFalse();
    assertThat(CourseProgress.percent(2, 3)).isEqualTo(66);
  }
}
