package vn.luatvui.bank.law.text;

import java.util.ArrayList;
import java.util.List;

/** Units being read, before they are complete; each becomes its immutable record at the end. */
final class Drafts {
  private Drafts() {
  }

  static final class PointDraft {
    final String letter;
    final List<String> text = new ArrayList<>();

    PointDraft(String letter, String first) {
      this.letter = letter;
      text.add(first);
    }

    Point build() {
      return new Point(letter, text);
    }
  }

  static final class ClauseDraft {
    final String number;
    final List<String> text = new ArrayList<>();
    final List<PointDraft> points = new ArrayList<>();

    ClauseDraft(String number, String first) {
      this.number = number;
      text.add(first);
    }

    Clause build() {
      return new Clause(number, text, points.stream().map(PointDraft::build).toList());
    }
  }

  static final class ArticleDraft {
    final String number;
    final String title;
    final List<String> text = new ArrayList<>();
    final List<ClauseDraft> clauses = new ArrayList<>();
    final List<PointDraft> points = new ArrayList<>();

    ArticleDraft(String number, String title) {
      this.number = number;
      this.title = title;
    }

    Article build() {
      return new Article(number, title, text, clauses.stream().map(ClauseDraft::build).toList(),
          points.stream().map(PointDraft::build).toList());
    }
  }

  static final class DivisionDraft {
    final DivisionKind kind;
    final String number;
    final int line;
    String name;
    final List<Object> children = new ArrayList<>();

    DivisionDraft(DivisionKind kind, String number, int line) {
      this.kind = kind;
      this.number = number;
      this.line = line;
    }

    Division build() {
      return new Division(kind, number, name == null ? "" : name, nodes(children));
    }
  }

  static List<Node> nodes(List<Object> drafts) {
    List<Node> out = new ArrayList<>();
    for (Object o : drafts) {
      out.add(o instanceof ArticleDraft a ? a.build() : ((DivisionDraft) o).build());
    }
    return out;
  }
}
