package vn.luatvui.server.course.domain;

import java.util.ArrayList;
import java.util.List;
import vn.luatvui.bank.question.Violation;
import vn.luatvui.bank.text.VietnameseText;

/** A course as its author sends it: checked whole, every problem named by where it is. */
public record CourseDraft(String title, String description, List<Lesson> lessons, FinalTestRules finalTest) {
  public static final int MAX_LESSONS = 30;
  public static final int MAX_ARTICLES = 20;
  public static final int MAX_BODY = 50_000;
  /** The address of a video uploaded to this server (/media/&lt;sha256&gt;.mp4 or .webm), played in the page. */
  public static final java.util.regex.Pattern STORED_VIDEO = java.util.regex.Pattern.compile("/media/[0-9a-f]{64}\\.(mp4|webm)");

  public CourseDraft {
    title = clean(title);
    description = description == null ? "" : VietnameseText.nfc(description).strip();
    lessons = lessons == null ? List.of() : List.copyOf(lessons);
  }

  /** The same course with lessons numbered 1, 2… in the order sent and texts in NFC. */
  public CourseDraft normalized() {
    List<Lesson> numbered = new ArrayList<>();
    for (int i = 0; i < lessons.size(); i++) {
      Lesson l = lessons.get(i);
      String video = l.videoUrl() == null || l.videoUrl().isBlank() ? null : l.videoUrl().strip();
      numbered.add(new Lesson(i + 1, clean(l.title()), VietnameseText.nfc(l.body()).strip(), l.articles(), video, l.quiz()));
    }
    return new CourseDraft(title, description, numbered, finalTest);
  }

  /** Every broken rule, in Vietnamese; empty when the course can be saved. */
  public List<Violation> check() {
    List<Violation> v = new ArrayList<>();
    if (title.isEmpty() || title.length() > 200) {
      v.add(new Violation("title", "Hãy nhập tên khóa học (tối đa 200 ký tự)."));
    }
    if (description.length() > 5000) {
      v.add(new Violation("description", "Phần giới thiệu tối đa 5.000 ký tự."));
    }
    if (lessons.isEmpty() || lessons.size() > MAX_LESSONS) {
      v.add(new Violation("lessons", "Khóa học cần từ 1 đến " + MAX_LESSONS + " bài học."));
    }
    for (int i = 0; i < lessons.size(); i++) {
      checkLesson(v, "lessons[" + i + "]", "Bài " + (i + 1), lessons.get(i));
    }
    if (finalTest == null) {
      v.add(new Violation("finalTest", "Hãy đặt bài kiểm tra cuối khóa."));
    } else {
      range(v, "finalTest.questions", finalTest.questions(), 1, 100, "Bài kiểm tra cuối khóa: số câu hỏi");
      range(v, "finalTest.timeLimitSeconds", finalTest.timeLimitSeconds(), 60, 7200,
          "Bài kiểm tra cuối khóa: thời gian làm bài (giây)");
      range(v, "finalTest.attempts", finalTest.attempts(), 1, 10, "Bài kiểm tra cuối khóa: số lượt làm bài");
      range(v, "finalTest.passPercent", finalTest.passPercent(), 1, 100, "Bài kiểm tra cuối khóa: điểm đạt (%)");
      articles(v, "finalTest.articles", "Bài kiểm tra cuối khóa", finalTest.articles());
    }
    return v;
  }

  private static void checkLesson(List<Violation> v, String at, String name, Lesson l) {
    String title = clean(l.title());
    if (title.isEmpty() || title.length() > 200) {
      v.add(new Violation(at + ".title", name + ": hãy nhập tên bài (tối đa 200 ký tự)."));
    }
    if (l.body().length() > MAX_BODY) {
      v.add(new Violation(at + ".body", name + ": nội dung tối đa " + MAX_BODY + " ký tự."));
    }
    if (l.body().isBlank() && l.articles().isEmpty()) {
      v.add(new Violation(at + ".body", name + ": hãy viết nội dung hoặc chọn điều luật để đọc."));
    }
    articles(v, at + ".articles", name, l.articles());
    String video = l.videoUrl() == null ? "" : l.videoUrl().strip();
    if (!video.isEmpty() && !STORED_VIDEO.matcher(video).matches()
        && (video.length() > 500 || !video.matches("https?://[^\\s<>\"]+"))) {
      v.add(new Violation(at + ".videoUrl", name + ": đường dẫn video phải bắt đầu bằng http:// hoặc https:// (tối đa 500 ký tự), "
          + "hoặc là video đã tải lên máy chủ."));
    }
    if (l.quiz() == null) {
      v.add(new Violation(at + ".quiz", name + ": hãy đặt bài trắc nghiệm cuối bài."));
    } else {
      range(v, at + ".quiz.questions", l.quiz().questions(), 1, 20, name + ": số câu trắc nghiệm");
      range(v, at + ".quiz.passPercent", l.quiz().passPercent(), 1, 100, name + ": điểm đạt (%)");
      articles(v, at + ".quiz.articles", name, l.quiz().articles());
    }
  }

  private static void articles(List<Violation> v, String at, String name, List<Article> articles) {
    if (articles.size() > MAX_ARTICLES) {
      v.add(new Violation(at, name + ": tối đa " + MAX_ARTICLES + " điều luật."));
    }
    for (int i = 0; i < articles.size(); i++) {
      Article a = articles.get(i);
      if (a == null || a.document() == null || a.document().isBlank() || a.article() < 1 || a.article() > 10000) {
        v.add(new Violation(at + "[" + i + "]", name + ": điều luật thứ " + (i + 1) + " cần số văn bản và số Điều."));
      }
    }
  }

  private static void range(List<Violation> v, String field, int value, int min, int max, String label) {
    if (value < min || value > max) {
      v.add(new Violation(field, label + " phải từ " + min + " đến " + max + "."));
    }
  }

  private static String clean(String s) {
    return s == null ? "" : VietnameseText.nfc(s).strip().replaceAll("\\s+", " ");
  }
}
