package vn.luatvui.server.course.domain;

import java.util.Set;

/**
 * Where a learner is in a course: lessons unlock in order (a lesson opens once every lesson before it is
 * passed), the final test once every lesson is passed, and the course is done when the final test is passed too.
 */
public record CourseProgress(int lessons, Set<Integer> passed, boolean finalPassed) {
  public CourseProgress {
    passed = Set.copyOf(passed);
  }

  public boolean unlocked(int position) {
    if (position < 1 || position > lessons) {
      return false;
    }
    for (int p = 1; p < position; p++) {
      if (!passed.contains(p)) {
        return false;
      }
    }
    return true;
  }

  public boolean lessonsDone() {
    return unlocked(lessons) && passed.contains(lessons);
  }

  public boolean finalUnlocked() {
    return lessonsDone();
  }

  public boolean completed() {
    return lessonsDone() && finalPassed;
  }

  /** The first lesson not yet passed, or 0 when every lesson is. */
  public int next() {
    for (int p = 1; p <= lessons; p++) {
      if (!passed.contains(p)) {
        return p;
      }
    }
    return 0;
  }

  /** Whether {@code score} of {@code max} reaches the pass mark (percent); nothing passes out of nothing. */
  public static boolean passes(int score, int max, int passPercent) {
    return max > 0 && (long) score * 100 >= (long) passPercent * max;
  }

  /** The score as a whole percent, rounded down (so a mark just under the pass mark never rounds up to it). */
  public static int percent(int score, int max) {
    return max <= 0 ? 0 : (int) ((long) score * 100 / max);
  }
}
