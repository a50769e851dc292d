package vn.luatvui.bank.law.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.luatvui.bank.law.text.Drafts.ArticleDraft;
import vn.luatvui.bank.law.text.Drafts.ClauseDraft;
import vn.luatvui.bank.law.text.Drafts.PointDraft;

/**
 * Reads the changes section: {@code @ action | target document | target provision | from day | source
 * provision} lines, each followed by its new wording or its two phrases.
 */
final class ChangesReader {
  static final String MARK = "=== THAY ĐỔI ===";

  private record Block(int line, String directive, List<Integer> numbers, List<String> lines) {
  }

  private final List<ParseError> errors;
  private final HeaderReader values;
  private final List<Block> blocks = new ArrayList<>();
  private final List<Integer> lines = new ArrayList<>();

  ChangesReader(List<ParseError> errors, HeaderReader values) {
    this.errors = errors;
    this.values = values;
  }

  void line(int no, String raw) {
    String line = raw.strip();
    if (line.startsWith("@")) {
      blocks.add(new Block(no, line.substring(1).strip(), new ArrayList<>(), new ArrayList<>()));
    } else if (!line.isEmpty()) {
      if (blocks.isEmpty()) {
        errors.add(new ParseError(no, "mỗi thay đổi phải bắt đầu bằng một dòng \"@ …\""));
      } else {
        blocks.get(blocks.size() - 1).numbers().add(no);
        blocks.get(blocks.size() - 1).lines().add(line);
      }
    }
  }

  List<Change> finish() {
    List<Change> changes = new ArrayList<>();
    for (Block b : blocks) {
      Change c = change(b);
      if (c != null) {
        changes.add(c);
        lines.add(b.line());
      }
    }
    return changes;
  }

  /** The line of each change returned by {@link #finish}, in the same order. */
  List<Integer> lines() {
    return lines;
  }

  private Change change(Block b) {
    String[] f = b.directive().split("\\|", -1);
    if (f.length != 5) {
      errors.add(new ParseError(b.line(), "thay đổi phải có dạng \"@ <hành động> | <văn bản> | <điều khoản> | "
          + "<từ ngày> | <điều khoản của văn bản này>\""));
      return null;
    }
    ChangeAction action = ChangeAction.of(f[0].strip());
    if (action == null) {
      errors.add(new ParseError(b.line(), "hành động không biết: \"" + f[0].strip()
          + "\" (sửa đổi, bổ sung, bãi bỏ, thay cụm từ)"));
    }
    String target = f[1].strip();
    if (target.isEmpty()) {
      errors.add(new ParseError(b.line(), "thiếu số hiệu văn bản được thay đổi"));
    }
    ProvisionPath provision = values.path(b.line(), f[2]);
    LocalDate from = values.date(b.line(), "từ ngày", f[3].strip());
    ProvisionPath source = values.path(b.line(), f[4]);
    if (action == null || target.isEmpty() || provision == null || from == null || source == null) {
      return null;
    }
    return switch (action) {
      case REPEAL -> {
        if (!b.lines().isEmpty()) {
          errors.add(new ParseError(b.numbers().get(0), "bãi bỏ không có lời văn mới"));
        }
        yield new Change(action, target, provision, from, source, null, null, null);
      }
      case REPLACE_PHRASE -> phrases(b, target, provision, from, source);
      default -> {
        Unit wording = wording(b, provision);
        yield wording == null ? null : new Change(action, target, provision, from, source, wording, null, null);
      }
    };
  }

  private Change phrases(Block b, String target, ProvisionPath provision, LocalDate from, ProvisionPath source) {
    if (b.lines().size() != 2 || !b.lines().get(0).startsWith("Cũ:") || !b.lines().get(1).startsWith("Mới:")) {
      errors.add(new ParseError(b.line(), "thay cụm từ cần đúng hai dòng \"Cũ: …\" và \"Mới: …\""));
      return null;
    }
    String old = b.lines().get(0).substring(3).strip();
    String replacement = b.lines().get(1).substring(4).strip();
    if (old.isEmpty()) {
      errors.add(new ParseError(b.numbers().get(0), "cụm từ cũ trống"));
      return null;
    }
    return new Change(ChangeAction.REPLACE_PHRASE, target, provision, from, source, null, old, replacement);
  }

  private Unit wording(Block b, ProvisionPath target) {
    if (b.lines().isEmpty()) {
      errors.add(new ParseError(b.line(), "thiếu lời văn mới của " + target.reference()));
      return null;
    }
    List<ParseError> found = new ArrayList<>();
    BodyReader reader = new BodyReader(found);
    ArticleDraft article = new ArticleDraft(target.article(), "");
    ClauseDraft clause = null;
    if (target.level() == ProvisionPath.Level.POINT && target.clause() != null) {
      clause = new ClauseDraft(target.clause(), "");
      clause.text.clear();
    }
    if (target.level() != ProvisionPath.Level.ARTICLE) {
      reader.inside(article, clause);
    }
    for (int i = 0; i < b.lines().size(); i++) {
      reader.line(b.numbers().get(i), b.lines().get(i));
    }
    LegalText text = reader.finish();
    errors.addAll(found);
    Unit unit = switch (target.level()) {
      case ARTICLE -> text.articles().size() == 1 && text.preamble().isEmpty() ? text.articles().get(0) : null;
      case CLAUSE -> article.clauses.size() == 1 && article.text.isEmpty() && article.points.isEmpty()
          && text.body().isEmpty() ? article.clauses.get(0).build() : null;
      case POINT -> onePoint(clause != null ? clause.points : article.points, text, article, clause);
    };
    if (found.isEmpty() && (unit == null || !unit.number().equals(last(target)))) {
      errors.add(new ParseError(b.numbers().get(0), "lời văn mới phải là đúng một " + levelName(target)
          + " bắt đầu bằng \"" + label(target) + "\""));
      return null;
    }
    return found.isEmpty() ? unit : null;
  }

  private static Unit onePoint(List<PointDraft> points, LegalText text, ArticleDraft article, ClauseDraft clause) {
    boolean clean = text.body().isEmpty() && article.text.isEmpty() && article.clauses.isEmpty()
        && (clause == null || clause.text.isEmpty());
    return clean && points.size() == 1 ? points.get(0).build() : null;
  }

  private static String last(ProvisionPath p) {
    return p.point() != null ? p.point() : p.clause() != null ? p.clause() : p.article();
  }

  private static String levelName(ProvisionPath p) {
    return switch (p.level()) {
      case ARTICLE -> "Điều";
      case CLAUSE -> "khoản";
      case POINT -> "điểm";
    };
  }

  private static String label(ProvisionPath p) {
    return switch (p.level()) {
      case ARTICLE -> "Điều " + p.article() + ".";
      case CLAUSE -> p.clause() + ".";
      case POINT -> p.point() + ")";
    };
  }
}
