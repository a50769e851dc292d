package vn.luatvui.server.game.live;

import java.util.ArrayList;
import java.util.List;
import vn.luatvui.server.files.TableFiles;
import vn.luatvui.server.game.room.GameReport;
import vn.luatvui.server.game.room.QuestionOutcome;

/**
 * A game's report as files for the teacher: one table per player, one per question and one per player and
 * question answered, in Vietnamese (numbers stay numbers in XLSX).
 * CSV is UTF-8 with a byte-order mark so that Excel shows the diacritics.
 */
final class ReportFiles {
  static final List<String> PLAYER_COLUMNS = List.of("Hạng", "Biệt danh", "Điểm", "Số câu đúng", "Số câu đã trả lời",
      "Thời gian trả lời trung bình (giây)");
  static final List<String> QUESTION_COLUMNS = List.of("Câu", "Nội dung", "Trạng thái", "Số người trả lời",
      "Số người đúng", "Tỉ lệ đúng (%)", "Thời gian trung bình (giây)", "Phân bố câu trả lời");
  static final List<String> ANSWER_COLUMNS = List.of("Biệt danh", "Câu", "Nội dung câu hỏi", "Câu trả lời", "Đúng",
      "Điểm", "Thời gian trả lời (giây)");

  private ReportFiles() {
  }

  static List<List<Object>> players(GameReport report) {
    List<List<Object>> rows = new ArrayList<>();
    for (GameReport.PlayerLine p : report.players()) {
      rows.add(List.of(p.rank(), p.nickname(), p.score(), p.correctCount(), p.answered(), seconds(p.averageTimeMs())));
    }
    return rows;
  }

  static List<List<Object>> questions(GameReport report) {
    List<List<Object>> rows = new ArrayList<>();
    for (GameReport.QuestionLine q : report.questions()) {
      StringBuilder distribution = new StringBuilder();
      for (GameReport.ChoiceLine c : q.distribution()) {
        if (distribution.length() > 0) {
          distribution.append("; ");
        }
        distribution.append(c.correct() ? "✓ " : "").append(c.text()).append(": ").append(c.count());
      }
      rows.add(List.of(q.index() + 1, q.text(), status(q.status()), q.answered(), q.correctCount(),
          q.percentCorrect() == null ? "" : q.percentCorrect(), seconds(q.averageTimeMs()), distribution.toString()));
    }
    return rows;
  }

  /** One row per player and question answered: what the teacher goes over with each student. */
  static List<List<Object>> answers(GameReport report) {
    List<List<Object>> rows = new ArrayList<>();
    for (GameReport.PlayerLine p : report.players()) {
      for (GameReport.AnswerLine a : p.answers()) {
        String text = a.questionIndex() < report.questions().size() ? report.questions().get(a.questionIndex()).text() : "";
        rows.add(List.of(p.nickname(), a.questionIndex() + 1, text, a.answer() == null ? "" : a.answer(),
            a.correct() ? "Đúng" : "Sai", a.points(), seconds(a.timeMs())));
      }
    }
    return rows;
  }

  /** The question's outcome in the teacher's words, never the internal name. */
  static String status(QuestionOutcome.Status status) {
    return switch (status) {
      case SCORED -> "Đã chấm điểm";
      case SKIPPED -> "Đã bỏ qua";
      case NOT_ASKED -> "Chưa hỏi";
    };
  }

  static byte[] csv(List<String> header, List<List<Object>> rows) {
    return TableFiles.csv(header, rows);
  }

  static byte[] xlsx(GameReport report) {
    return TableFiles.xlsx(List.of(new TableFiles.Table("Người chơi", PLAYER_COLUMNS, players(report)),
        new TableFiles.Table("Câu hỏi", QUESTION_COLUMNS, questions(report)),
        new TableFiles.Table("Từng câu trả lời", ANSWER_COLUMNS, answers(report))));
  }

  private static double seconds(long millis) {
    return Math.round(millis / 100.0) / 10.0;
  }
}
