package vn.luatvui.server.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.luatvui.server.law.LawFiles.SourceFile;

/**
 * A generated legal store for the benchmark, in the store's own text format: documents of plain
 * Chương and Điều, and a few long codes laid out like the Criminal Code (Phần, Chương, Mục). The
 * words come from a small legal vocabulary so that searches match as over real texts; the documents
 * are not law, say so in their source line, and go only into the benchmark's own database.
 */
final class LawBenchData {
  static final int CODES = 3;
  static final int CODE_ARTICLES = 700;
  static final int CLAUSES = 3;
  static final String[] POINTS = {"a", "b", "c"};
  private static final String[] FIELDS = {"giao thông đường bộ", "trẻ em", "lao động", "giáo dục", "môi trường",
      "đất đai", "thuế", "y tế", "hôn nhân và gia đình", "dữ liệu cá nhân", "an ninh mạng", "phòng cháy, chữa cháy",
      "cư trú", "doanh nghiệp", "xây dựng", "thanh niên"};
  private static final String[] SUBJECTS = {"cơ quan nhà nước", "tổ chức, cá nhân", "người lao động", "trẻ em",
      "người tham gia giao thông", "doanh nghiệp", "hộ gia đình", "học sinh, sinh viên", "người sử dụng đất",
      "chủ đầu tư", "Ủy ban nhân dân cấp tỉnh", "người sử dụng lao động", "công dân", "cha mẹ, người giám hộ"};
  private static final String[] DUTIES = {"có trách nhiệm", "có quyền", "có nghĩa vụ", "được", "không được", "phải"};
  private static final String[] ACTS = {"bảo vệ môi trường sống", "khai báo thông tin trung thực", "nộp thuế đúng hạn",
      "bảo đảm an toàn cho người khác", "lưu giữ hồ sơ, tài liệu", "phối hợp với cơ quan quản lý",
      "thông báo cho người có thẩm quyền", "giữ bí mật dữ liệu cá nhân", "tuân thủ quy chuẩn kỹ thuật",
      "bồi thường thiệt hại đã gây ra", "tham gia bảo hiểm bắt buộc", "đội mũ bảo hiểm khi đi xe mô tô",
      "chăm sóc, giáo dục con", "sử dụng đất đúng mục đích", "phòng ngừa bạo lực học đường", "đăng ký tạm trú"};
  private static final String[] TERMS = {"trong thời hạn 30 ngày", "theo quy định của pháp luật", "khi có yêu cầu",
      "trừ trường hợp luật có quy định khác", "trong phạm vi nhiệm vụ, quyền hạn của mình",
      "kể từ ngày nhận được hồ sơ hợp lệ", "theo hướng dẫn của Bộ trưởng", "tại nơi cư trú"};
  private static final String[] TITLES = {"Quyền và nghĩa vụ của %s", "Trách nhiệm của %s", "Các hành vi bị nghiêm cấm đối với %s",
      "Chính sách của Nhà nước về %s", "Hồ sơ, thủ tục đối với %s", "Xử lý vi phạm của %s"};
  private static final String[] ORDINALS = {"nhất", "hai", "ba", "tư", "năm"};

  /** A generated document: its number, and its articles' clause texts ([article - 1][clause - 1]). */
  record Generated(String number, String name, String[][] clauses, String[][][] points) {
  }

  private final List<SourceFile> files = new ArrayList<>();
  private final List<Generated> documents = new ArrayList<>();
  private int articles;

  /** {@code count} documents holding {@code totalArticles} articles in all (the codes first). */
  LawBenchData(int count, int totalArticles) {
    Random random = new Random(2026);
    int plain = (totalArticles - CODES * CODE_ARTICLES + count - CODES - 1) / (count - CODES);
    for (int i = 0; i < count; i++) {
      boolean code = i < CODES;
      generate(random, i, code, code ? CODE_ARTICLES : plain);
    }
  }

  List<SourceFile> files() {
    return files;
  }

  List<Generated> documents() {
    return documents;
  }

  int articles() {
    return articles;
  }

  private void generate(Random random, int i, boolean code, int count) {
    String field = FIELDS[i % FIELDS.length];
    String number = (9000 + i) + "/2099/QH99";
    String name = (code ? "Bộ luật Thử nghiệm số " : "Luật Thử nghiệm số ") + i + " về " + field;
    StringBuilder sb = new StringBuilder();
    sb.append("Số hiệu: ").append(number).append('\n').append("Tên: ").append(name).append('\n')
        .append("Loại: ").append(code ? "Bộ luật" : "Luật").append('\n')
        .append("Cơ quan ban hành: Quốc hội\nNgày thông qua: 2020-01-01\nHiệu lực từ: 2020-07-01\n")
        .append("Lĩnh vực: Thử nghiệm\n")
        .append("Nguồn: Dữ liệu sinh tự động để đo hiệu năng, không phải văn bản pháp luật.\n")
        .append("Ngày đọc: 2020-01-01\nVăn bản: đầy đủ\n---\n");
    String[][] clauses = new String[count][CLAUSES];
    String[][][] points = new String[count][CLAUSES][];
    int chapter = 0;
    for (int a = 1; a <= count; a++) {
      if (code && (a - 1) % 340 == 0) {
        sb.append("Phần thứ ").append(ORDINALS[(a - 1) / 340]).append('\n').append("PHẦN ").append((a - 1) / 340 + 1)
            .append(" CỦA BỘ LUẬT VỀ ").append(field.toUpperCase()).append("\n\n");
      }
      if ((a - 1) % 20 == 0) {
        chapter++;
        sb.append("Chương ").append(roman(chapter)).append('\n').append("QUY ĐỊNH VỀ ")
            .append(SUBJECTS[chapter % SUBJECTS.length].toUpperCase()).append("\n\n");
      }
      if (code && (a - 1) % 5 == 0) {
        sb.append("Mục ").append((a - 1) % 20 / 5 + 1).append('\n').append("NHÓM QUY ĐỊNH ").append(a).append("\n\n");
      }
      String subject = pick(random, SUBJECTS);
      sb.append("Điều ").append(a).append(". ").append(String.format(pick(random, TITLES), subject)).append('\n');
      for (int c = 1; c <= CLAUSES; c++) {
        String text = sentence(random, subject);
        clauses[a - 1][c - 1] = text;
        sb.append(c).append(". ").append(text).append('\n');
        if (c == 2) {
          points[a - 1][c - 1] = new String[POINTS.length];
          for (int p = 0; p < POINTS.length; p++) {
            String item = capitalised(pick(random, ACTS)) + " " + pick(random, TERMS) + ";";
            points[a - 1][c - 1][p] = item;
            sb.append(POINTS[p]).append(") ").append(item).append('\n');
          }
        }
      }
      sb.append('\n');
    }
    articles += count;
    files.add(new SourceFile(number.replace('/', '-') + ".txt", sb.toString()));
    documents.add(new Generated(number, name, clauses, points));
  }

  private static String sentence(Random random, String subject) {
    return capitalised(subject) + " " + pick(random, DUTIES) + " " + pick(random, ACTS) + " " + pick(random, TERMS)
        + "; " + pick(random, SUBJECTS) + " " + pick(random, DUTIES) + " " + pick(random, ACTS) + ".";
  }

  private static String pick(Random random, String[] words) {
    return words[random.nextInt(words.length)];
  }

  private static String capitalised(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  static String roman(int n) {
    int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < values.length; i++) {
      while (n >= values[i]) {
        sb.append(symbols[i]);
        n -= values[i];
      }
    }
    return sb.toString();
  }
}
