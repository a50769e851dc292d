package vn.luatvui.bank.question;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.luatvui.bank.media.MediaPaths;
import vn.luatvui.bank.text.VietnameseText;

/**
 * The rules every question version must meet before it is stored, whoever wrote it and however
 * it arrived (editor, import, starter bank). Returns every broken rule, not just the first.
 *
 * <p>The lengths fit real legal banks (a question quoting an article runs long): the same numbers
 * are in the API contract ({@code openapi.yaml}), the editor's counters ({@code bank/validate.ts})
 * and the import documentation ({@code formats/package-info.java}).
 */
public final class QuestionRules {
  public static final int MAX_TEXT = 2000;
  /** A description of a question's image, in words. */
  public static final int MAX_IMAGE_ALT = 300;
  public static final int MAX_CHOICE = 1000;
  public static final int MAX_ACCEPTED = 80;
  public static final int MAX_EXPLANATION = 1500;
  public static final int MAX_TAGS = 10;
  public static final int MAX_TAG = 40;
  public static final int MIN_CHOICES = 2;
  public static final int MAX_CHOICES = 6;
  private static final Pattern POINT = Pattern.compile("[a-zđ]");

  private QuestionRules() {
  }

  /** Checks normalised content; an empty list means it may be stored. */
  public static List<Violation> check(QuestionContent q) {
    List<Violation> v = new ArrayList<>();
    if (q.type() == null) {
      v.add(new Violation("type", "Thiếu loại câu hỏi."));
      return v;
    }
    length(v, "text", q.text(), MAX_TEXT, "Nội dung câu hỏi");
    length(v, "explanation", q.explanation(), MAX_EXPLANATION, "Giải thích");
    switch (q.type()) {
      case SINGLE_CHOICE -> choices(v, q, 1, 1);
      case MULTIPLE_SELECT -> choices(v, q, 1, MAX_CHOICES);
      case TRUE_FALSE -> trueFalse(v, q);
      case TYPE_ANSWER -> typeAnswer(v, q);
      case ORDERING -> ordering(v, q);
      case POLL -> choices(v, q, 0, 0);
    }
    if (q.type() != QuestionType.TYPE_ANSWER && !q.accepted().isEmpty()) {
      v.add(new Violation("accepted", "Chỉ câu hỏi điền đáp án mới có danh sách đáp án chấp nhận."));
    }
    citations(v, q.citations());
    if (q.tags().size() > MAX_TAGS) {
      v.add(new Violation("tags", "Tối đa " + MAX_TAGS + " chủ đề."));
    }
    for (int i = 0; i < q.tags().size(); i++) {
      if (q.tags().get(i).length() > MAX_TAG) {
        v.add(new Violation("tags[" + i + "]", "Chủ đề dài quá " + MAX_TAG + " ký tự."));
      }
    }
    if (q.difficulty() < 1 || q.difficulty() > 3) {
      v.add(new Violation("difficulty", "Độ khó phải là 1 (dễ), 2 (vừa) hoặc 3 (khó)."));
    }
    if (q.imageUrl() != null && !(q.imageUrl().startsWith("/") || q.imageUrl().startsWith("https://"))) {
      v.add(new Violation("imageUrl", "Ảnh phải là đường dẫn trên máy chủ này hoặc một địa chỉ https://."));
    }
    if (q.imageUrl() != null && q.imageUrl().startsWith(MediaPaths.PREFIX) && !MediaPaths.isStored(q.imageUrl())) {
      v.add(new Violation("imageUrl", "Địa chỉ ảnh tải lên không đúng dạng /media/<mã>.png hoặc .jpg."));
    }
    if (MediaPaths.isStored(q.imageUrl()) && q.imageAlt() == null) {
      v.add(new Violation("imageAlt", "Hãy mô tả ảnh bằng lời (cho người không xem được ảnh)."));
    }
    if (q.imageAlt() != null && q.imageAlt().length() > MAX_IMAGE_ALT) {
      v.add(new Violation("imageAlt", "Mô tả ảnh dài quá " + MAX_IMAGE_ALT + " ký tự."));
    }
    return v;
  }

  private static void choices(List<Violation> v, QuestionContent q, int minCorrect, int maxCorrect) {
    List<Choice> choices = q.choices();
    if (choices.size() < MIN_CHOICES || choices.size() > MAX_CHOICES) {
      v.add(new Violation("choices", "Cần từ " + MIN_CHOICES + " đến " + MAX_CHOICES + " phương án (đang có "
          + choices.size() + ")."));
    }
    choiceTexts(v, choices);
    long correct = choices.stream().filter(Choice::correct).count();
    if (q.type() == QuestionType.POLL && correct > 0) {
      v.add(new Violation("choices", "Câu hỏi thăm dò không có đáp án đúng."));
    } else if (minCorrect == maxCorrect && minCorrect == 1 && correct != 1) {
      v.add(new Violation("choices", correct == 0 ? "Chưa có đáp án đúng." : "Chỉ được một đáp án đúng (đang có "
          + correct + ")."));
    } else if (correct < minCorrect) {
      v.add(new Violation("choices", "Chưa có đáp án đúng."));
    }
  }

  private static void trueFalse(List<Violation> v, QuestionContent q) {
    if (q.choices().size() != 2) {
      v.add(new Violation("choices", "Câu hỏi Đúng/Sai có đúng hai phương án: Đúng và Sai."));
      return;
    }
    if (q.correctChoices().size() != 1) {
      v.add(new Violation("choices", "Câu hỏi Đúng/Sai cần đúng một đáp án đúng."));
    }
    choiceTexts(v, q.choices());
  }

  private static void typeAnswer(List<Violation> v, QuestionContent q) {
    if (!q.choices().isEmpty()) {
      v.add(new Violation("choices", "Câu hỏi điền đáp án không có phương án lựa chọn."));
    }
    if (q.accepted().isEmpty()) {
      v.add(new Violation("accepted", "Cần ít nhất một đáp án được chấp nhận."));
    }
    if (q.accepted().size() > 10) {
      v.add(new Violation("accepted", "Tối đa 10 đáp án được chấp nhận."));
    }
    for (int i = 0; i < q.accepted().size(); i++) {
      if (q.accepted().get(i).length() > MAX_ACCEPTED) {
        v.add(new Violation("accepted[" + i + "]", "Đáp án dài quá " + MAX_ACCEPTED + " ký tự."));
      }
    }
  }

  private static void ordering(List<Violation> v, QuestionContent q) {
    if (q.choices().size() < 3 || q.choices().size() > MAX_CHOICES) {
      v.add(new Violation("choices", "Câu hỏi sắp xếp cần từ 3 đến " + MAX_CHOICES + " mục (đang có "
          + q.choices().size() + ")."));
    }
    choiceTexts(v, q.choices());
  }

  private static void choiceTexts(List<Violation> v, List<Choice> choices) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < choices.size(); i++) {
      String text = choices.get(i).text();
      String field = "choices[" + i + "]";
      if (text == null) {
        v.add(new Violation(field, "Phương án " + (i + 1) + " đang trống."));
      } else if (text.length() > MAX_CHOICE) {
        v.add(new Violation(field, "Phương án " + (i + 1) + " dài quá " + MAX_CHOICE + " ký tự (đang có "
            + text.length() + ")."));
      } else if (!seen.add(VietnameseText.fold(text))) {
        v.add(new Violation(field, "Phương án " + (i + 1) + " trùng với một phương án khác."));
      }
    }
  }

  private static void citations(List<Violation> v, List<Citation> citations) {
    if (citations.isEmpty()) {
      v.add(new Violation("citations", "Mỗi câu hỏi phải trích dẫn ít nhất một điều luật."));
    }
    for (int i = 0; i < citations.size(); i++) {
      Citation c = citations.get(i);
      String field = "citations[" + i + "]";
      if (c.document() == null) {
        v.add(new Violation(field + ".document", "Thiếu số hiệu văn bản."));
      }
      if (c.article() < 1) {
        v.add(new Violation(field + ".article", "Số Điều phải từ 1 trở lên."));
      }
      if (c.clause() != null && c.clause() < 1) {
        v.add(new Violation(field + ".clause", "Số khoản phải từ 1 trở lên."));
      }
      if (c.point() != null && !POINT.matcher(c.point()).matches()) {
        v.add(new Violation(field + ".point", "Điểm là một chữ cái (a, b, c, d, đ, e…)."));
      }
      if (c.point() != null && c.clause() == null) {
        v.add(new Violation(field + ".point", "Có điểm thì phải có khoản."));
      }
      if (c.quote() != null && c.quote().length() > MAX_EXPLANATION) {
        v.add(new Violation(field + ".quote", "Trích dẫn dài quá " + MAX_EXPLANATION + " ký tự."));
      }
    }
  }

  private static void length(List<Violation> v, String field, String value, int max, String label) {
    if (value == null) {
      v.add(new Violation(field, label + " đang trống."));
    } else if (value.length() > max) {
      v.add(new Violation(field, label + " dài quá " + max + " ký tự (đang có " + value.length() + ")."));
    }
  }
}
