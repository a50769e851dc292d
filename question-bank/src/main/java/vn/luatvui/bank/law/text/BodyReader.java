package vn.luatvui.bank.law.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.luatvui.bank.law.text.Drafts.ArticleDraft;
import vn.luatvui.bank.law.text.Drafts.ClauseDraft;
import vn.luatvui.bank.law.text.Drafts.DivisionDraft;
import vn.luatvui.bank.law.text.Drafts.PointDraft;

/**
 * Reads body lines one at a time into divisions, Điều, khoản, điểm and đoạn, by how each line
 * starts; quotations are paragraphs whatever they hold; the closing block follows {@code [Kết]}.
 */
final class BodyReader {
  static final String CLOSING_MARK = "[Kết]";
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final Pattern PART = Pattern.compile("Phần\\s+(thứ\\s+\\S.*)", FLAGS);
  private static final Pattern CHAPTER = Pattern.compile("Chương\\s+([IVXLCDM]+[a-zđ]?)", FLAGS);
  private static final Pattern SECTION = Pattern.compile("Mục\\s+(\\d+[a-zđ]?)", FLAGS);
  private static final Pattern SUBSECTION = Pattern.compile("Tiểu mục\\s+(\\d+[a-zđ]?)", FLAGS);
  private static final Pattern ARTICLE = Pattern.compile("Điều\\s+(\\d{1,4}[a-zđ]?)\\.\\s*(.*)");
  private static final Pattern CLAUSE = Pattern.compile("(\\d{1,4}[a-zđ]?)\\.\\s+(\\S.*)");
  private static final Pattern POINT = Pattern.compile("([" + UnitNumbers.POINT_LETTERS + "]\\d?)\\)\\s+(\\S.*)");
  private static final Pattern QUOTE_END = Pattern.compile(".*”[.;,]?");

  private final List<ParseError> errors;
  private final List<String> preamble = new ArrayList<>();
  private final List<Object> root = new ArrayList<>();
  private final List<String> closing = new ArrayList<>();
  private final Deque<DivisionDraft> open = new ArrayDeque<>();
  private final Set<String> articleNumbers = new HashSet<>();
  private ArticleDraft article;
  private ClauseDraft clause;
  private PointDraft point;
  private DivisionDraft naming;
  private boolean named;
  private int quoteStart = -1;
  private int quoteBalance;
  private boolean inClosing;

  BodyReader(List<ParseError> errors) {
    this.errors = errors;
  }

  /** Starts inside a given Điều (and khoản), to read a change's new wording of a khoản or điểm. */
  BodyReader inside(ArticleDraft article, ClauseDraft clause) {
    this.article = article;
    this.clause = clause;
    return this;
  }

  void line(int no, String raw) {
    String line = raw.strip();
    if (line.isEmpty()) {
      return;
    }
    if (inClosing) {
      closing.add(line);
    } else if (quoteStart >= 0) {
      paragraph(no, line);
      quoteBalance += balance(line);
      if (quoteBalance <= 0 && QUOTE_END.matcher(line).matches()) {
        quoteStart = -1;
      }
    } else if (naming != null && !named && !isStructure(line)) {
      naming.name = line;
      named = true;
    } else {
      structure(no, line);
    }
  }

  private void structure(int no, String line) {
    if (naming != null && !named) {
      errors.add(new ParseError(naming.line, naming.kind.label() + " " + naming.number
          + " thiếu tên (dòng sau nó phải là tên)"));
    }
    naming = null;
    Matcher m;
    if (line.equals(CLOSING_MARK)) {
      closeArticle();
      inClosing = true;
    } else if (line.startsWith("“")) {
      paragraph(no, line);
      quoteBalance = balance(line);
      if (quoteBalance > 0) {
        quoteStart = no;
      }
    } else if ((m = PART.matcher(line)).matches()) {
      division(no, DivisionKind.PART, m.group(1).toLowerCase(java.util.Locale.ROOT));
    } else if ((m = CHAPTER.matcher(line)).matches()) {
      division(no, DivisionKind.CHAPTER, m.group(1));
    } else if ((m = SECTION.matcher(line)).matches()) {
      division(no, DivisionKind.SECTION, m.group(1));
    } else if ((m = SUBSECTION.matcher(line)).matches()) {
      division(no, DivisionKind.SUBSECTION, m.group(1));
    } else if ((m = ARTICLE.matcher(line)).matches()) {
      article(no, m.group(1), m.group(2));
    } else if ((m = CLAUSE.matcher(line)).matches()) {
      clause(no, m.group(1), m.group(2));
    } else if ((m = POINT.matcher(line)).matches()) {
      point(no, m.group(1), m.group(2));
    } else {
      paragraph(no, line);
    }
  }

  private static boolean isStructure(String line) {
    return line.equals(CLOSING_MARK) || PART.matcher(line).matches() || CHAPTER.matcher(line).matches()
        || SECTION.matcher(line).matches() || SUBSECTION.matcher(line).matches() || ARTICLE.matcher(line).matches()
        || CLAUSE.matcher(line).matches() || POINT.matcher(line).matches();
  }

  private void division(int no, DivisionKind kind, String number) {
    closeArticle();
    while (!open.isEmpty() && open.peek().kind.compareTo(kind) >= 0) {
      open.pop();
    }
    DivisionDraft d = new DivisionDraft(kind, number, no);
    container().add(d);
    open.push(d);
    naming = d;
    named = false;
  }

  private void article(int no, String number, String title) {
    closeArticle();
    if (!articleNumbers.add(number)) {
      errors.add(new ParseError(no, "Điều " + number + " xuất hiện hai lần"));
    }
    article = new ArticleDraft(number, title);
    container().add(article);
  }

  private void clause(int no, String number, String text) {
    if (article == null) {
      errors.add(new ParseError(no, "khoản \"" + number + ".\" nằm ngoài mọi Điều"));
      return;
    }
    if (article.clauses.stream().anyMatch(c -> c.number.equals(number))) {
      errors.add(new ParseError(no, "khoản " + number + " xuất hiện hai lần trong Điều " + article.number));
    }
    point = null;
    clause = new ClauseDraft(number, text);
    article.clauses.add(clause);
  }

  private void point(int no, String letter, String text) {
    if (article == null) {
      errors.add(new ParseError(no, "điểm \"" + letter + ")\" nằm ngoài mọi Điều"));
      return;
    }
    List<PointDraft> points = clause != null ? clause.points : article.points;
    if (points.stream().anyMatch(p -> p.letter.equals(letter))) {
      errors.add(new ParseError(no, "điểm " + letter + " xuất hiện hai lần trong "
          + (clause != null ? "khoản " + clause.number + " " : "") + "Điều " + article.number));
    }
    point = new PointDraft(letter, text);
    points.add(point);
  }

  private void paragraph(int no, String line) {
    if (point != null) {
      point.text.add(line);
    } else if (clause != null) {
      clause.text.add(line);
    } else if (article != null) {
      article.text.add(line);
    } else if (!open.isEmpty() && open.peek().children.isEmpty()) {
      open.peek().name = open.peek().name + " " + line;
    } else if (open.isEmpty()) {
      preamble.add(line);
    } else {
      errors.add(new ParseError(no, "đoạn văn nằm ngoài mọi Điều: \"" + abbreviate(line) + "\""));
    }
  }

  private void closeArticle() {
    article = null;
    clause = null;
    point = null;
  }

  private List<Object> container() {
    return open.isEmpty() ? root : open.peek().children;
  }

  private static int balance(String line) {
    int n = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      n += c == '“' ? 1 : c == '”' ? -1 : 0;
    }
    return n;
  }

  static String abbreviate(String line) {
    return line.length() <= 60 ? line : line.substring(0, 57) + "…";
  }

  /** Ends the body: reports what was left open and returns the text read. */
  LegalText finish() {
    if (naming != null && !named) {
      errors.add(new ParseError(naming.line, naming.kind.label() + " " + naming.number + " thiếu tên"));
    }
    if (quoteStart >= 0) {
      errors.add(new ParseError(quoteStart, "trích dẫn mở bằng “ ở dòng này không được đóng bằng ”"));
    }
    return new LegalText(preamble, Drafts.nodes(root), closing);
  }
}
