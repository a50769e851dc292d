package vn.luatvui.bank.formats;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.luatvui.bank.question.Audience;
import vn.luatvui.bank.question.MultiSelectScoring;
import vn.luatvui.bank.question.QuestionType;
import vn.luatvui.bank.question.Visibility;
import vn.luatvui.bank.text.VietnameseText;

/**
 * The Vietnamese words for types, audiences, difficulties… as written in files, and the forgiving
 * reading of them: enum names and labels, without regard to case, diacritics, '_' or '/'.
 */
final class Labels {
  static final Map<QuestionType, List<String>> TYPES = new LinkedHashMap<>();
  static final Map<Audience, List<String>> AUDIENCES = new LinkedHashMap<>();
  static final Map<Visibility, List<String>> VISIBILITIES = new LinkedHashMap<>();
  static final Map<MultiSelectScoring, List<String>> SCORINGS = new LinkedHashMap<>();
  static final Map<Integer, List<String>> DIFFICULTIES = new LinkedHashMap<>();
  static final String TRUE = "Đúng";
  static final String FALSE = "Sai";

  static {
    TYPES.put(QuestionType.SINGLE_CHOICE, List.of("Một đáp án", "trắc nghiệm", "một lựa chọn", "single", "quiz"));
    TYPES.put(QuestionType.MULTIPLE_SELECT, List.of("Nhiều đáp án", "nhiều lựa chọn", "multiple", "multi select"));
    TYPES.put(QuestionType.TRUE_FALSE, List.of("Đúng/Sai", "true/false"));
    TYPES.put(QuestionType.TYPE_ANSWER, List.of("Điền đáp án", "điền", "trả lời ngắn", "short answer"));
    TYPES.put(QuestionType.ORDERING, List.of("Sắp xếp", "sắp xếp thứ tự", "order", "puzzle"));
    TYPES.put(QuestionType.POLL, List.of("Thăm dò", "thăm dò ý kiến", "khảo sát"));
    AUDIENCES.put(Audience.TIEU_HOC, List.of("Tiểu học", "primary"));
    AUDIENCES.put(Audience.THCS, List.of("THCS", "trung học cơ sở", "lower secondary"));
    AUDIENCES.put(Audience.THPT, List.of("THPT", "trung học phổ thông", "upper secondary"));
    AUDIENCES.put(Audience.SINH_VIEN, List.of("Sinh viên", "student", "students"));
    AUDIENCES.put(Audience.NGUOI_LON, List.of("Người lớn", "adult", "adults"));
    AUDIENCES.put(Audience.MOI_NGUOI, List.of("Mọi người", "mọi đối tượng", "everyone", "all"));
    VISIBILITIES.put(Visibility.PUBLIC, List.of("Công khai", "public"));
    VISIBILITIES.put(Visibility.CONTEST_ONLY, List.of("Chỉ dùng cho cuộc thi", "chỉ cuộc thi", "cuộc thi", "contest"));
    SCORINGS.put(MultiSelectScoring.ALL_OR_NOTHING, List.of("Đúng hết mới có điểm", "tất cả hoặc không",
        "all or nothing"));
    SCORINGS.put(MultiSelectScoring.PER_OPTION, List.of("Tính theo từng phương án", "theo từng phương án",
        "per option"));
    DIFFICULTIES.put(1, List.of("Dễ", "1", "easy"));
    DIFFICULTIES.put(2, List.of("Vừa", "2", "trung bình", "medium"));
    DIFFICULTIES.put(3, List.of("Khó", "3", "hard"));
  }

  private Labels() {
  }

  /** The label written on export: the first of the list. */
  static <K> String label(Map<K, List<String>> labels, K key) {
    return labels.get(key).get(0);
  }

  /** The key whose enum name or label the text is; null when none. */
  static <K> K read(Map<K, List<String>> labels, String text) {
    String wanted = loose(text);
    for (Map.Entry<K, List<String>> e : labels.entrySet()) {
      if (e.getKey() instanceof Enum<?> && loose(((Enum<?>) e.getKey()).name()).equals(wanted)) {
        return e.getKey();
      }
      for (String label : e.getValue()) {
        if (loose(label).equals(wanted)) {
          return e.getKey();
        }
      }
    }
    return null;
  }

  /** The labels one may write, for a message: "Một đáp án, Nhiều đáp án, …". */
  static <K> String choices(Map<K, List<String>> labels) {
    return String.join(", ", labels.values().stream().map(l -> l.get(0)).toList());
  }

  /** "Đúng", "True" → TRUE; "Sai", "False" → FALSE; anything else → null. */
  static Boolean truth(String text) {
    String t = loose(text);
    if (t.equals("dung") || t.equals("true")) {
      return Boolean.TRUE;
    }
    if (t.equals("sai") || t.equals("false")) {
      return Boolean.FALSE;
    }
    return null;
  }

  private static String loose(String text) {
    return VietnameseText.fold(text.replace('_', ' ').replace('/', ' ').replace('-', ' '));
  }
}
