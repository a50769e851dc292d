package vn.luatvui.bank.formats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.luatvui.bank.text.VietnameseText;

/**
 * The header row of a spreadsheet layout: found by its labels within the first rows (Kahoot's
 * template has instruction rows above it), matched without regard to case or diacritics, a label
 * followed by a description ("Question - max 120 characters") counting as the label.
 */
final class Header {
  /** Rows searched for the header. */
  static final int SEARCH_ROWS = 12;
  /** Key of columns holding answers beyond what the layout allows ("Answer 5"). */
  static final String EXTRA = "extra";

  /** A column a layout knows: its key, the label written on export, the header texts accepted. */
  record Column(String key, String label, List<String> aliases, boolean required) {
    Column(String key, String label, boolean required, String... aliases) {
      this(key, label, foldAll(label, aliases), required);
    }

    private static List<String> foldAll(String label, String... aliases) {
      List<String> all = new ArrayList<>();
      all.add(VietnameseText.fold(label));
      for (String a : aliases) {
        all.add(VietnameseText.fold(a));
      }
      return all;
    }
  }

  final int row;
  private final Map<String, Integer> columns;
  private final List<Integer> extra;
  private final Map<Integer, String> titles;
  private final int lastColumn;

  private Header(int row, Map<String, Integer> columns, List<Integer> extra, Map<Integer, String> titles) {
    this.row = row;
    this.columns = columns;
    this.extra = extra;
    this.titles = titles;
    this.lastColumn = titles.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);
  }

  /** How many of the layout's columns a row names; used to find the header and the CSV delimiter. */
  static int score(List<String> cells, List<Column> spec) {
    return (int) cells.stream().map(c -> match(c, spec)).filter(k -> k != null && !k.equals(EXTRA)).distinct().count();
  }

  /**
   * The header of the sheet, or null when there is none or it lacks a required column; either is
   * reported (no header: at row 0; missing columns: at the header row, one error each).
   */
  static Header find(Sheet sheet, List<Column> spec, Collector out) {
    Sheet.Row best = null;
    int bestScore = 1;
    for (Sheet.Row r : sheet.rows()) {
      if (r.number() > SEARCH_ROWS) {
        break;
      }
      int s = score(texts(r), spec);
      if (s > bestScore) {
        best = r;
        bestScore = s;
      }
    }
    String required = spec.stream().filter(Column::required).map(c -> "“" + shorten(c.label()) + "”")
        .collect(Collectors.joining(", "));
    if (best == null) {
      out.fileError("Không tìm thấy dòng tiêu đề trong " + SEARCH_ROWS + " dòng đầu"
          + (sheet.name() == null ? "" : " của trang tính “" + sheet.name() + "”")
          + ". Dòng tiêu đề cần có các cột " + required + ".");
      return null;
    }
    Map<String, Integer> columns = new LinkedHashMap<>();
    List<Integer> extra = new ArrayList<>();
    Map<Integer, String> titles = new HashMap<>();
    Map<String, String> labels = new HashMap<>();
    spec.forEach(c -> labels.put(c.key(), c.label()));
    for (Map.Entry<Integer, Sheet.Cell> e : best.cells().entrySet()) {
      String title = e.getValue().text();
      String key = title == null ? null : match(title, spec);
      if (key == null) {
        continue;
      }
      titles.put(e.getKey(), shorten(title));
      if (key.equals(EXTRA)) {
        extra.add(e.getKey());
      } else if (columns.containsKey(key)) {
        out.error(best.number(), Sheet.letter(e.getKey()) + " (" + shorten(title) + ")",
            "Cột này trùng với cột " + Sheet.letter(columns.get(key)) + " (“" + shorten(labels.get(key)) + "”). Hãy xoá "
                + "một trong hai.");
      } else {
        columns.put(key, e.getKey());
      }
    }
    boolean complete = true;
    for (Column c : spec) {
      if (c.required() && !columns.containsKey(c.key())) {
        out.error(best.number(), shorten(c.label()), "Thiếu cột bắt buộc “" + shorten(c.label()) + "” trong dòng tiêu đề.");
        complete = false;
      }
    }
    return complete ? new Header(best.number(), columns, extra, titles) : null;
  }

  /**
   * The header a user chose: which row holds it and which column plays which role (the mapping
   * step of the import wizard), the titles being that row's cells.
   */
  static Header of(Sheet.Row row, Map<String, Integer> roles) {
    Map<Integer, String> titles = new HashMap<>();
    row.cells().forEach((c, cell) -> {
      if (cell.text() != null && !cell.text().isBlank()) {
        titles.put(c, shorten(cell.text()));
      }
    });
    return new Header(row.number(), new LinkedHashMap<>(roles), new ArrayList<>(), titles);
  }

  boolean has(String key) {
    return columns.containsKey(key);
  }

  Integer column(String key) {
    return columns.get(key);
  }

  List<Integer> extraColumns() {
    return extra;
  }

  int lastColumn() {
    return lastColumn;
  }

  /** Whether a column has a header the layout knows. */
  boolean known(int column) {
    return columns.containsValue(column) || extra.contains(column);
  }

  /** "C (Answer 2)"; just the letter for a column without a known header. */
  String name(int column) {
    String title = titles.get(column);
    return Sheet.letter(column) + (title == null ? " (không có tiêu đề)" : " (" + title + ")");
  }

  /** The name of the column of a key; null when the sheet does not have it. */
  String name(String key) {
    Integer c = columns.get(key);
    return c == null ? null : name(c);
  }

  /** "C–F (Answer 1 … Answer 4)" for the columns of these keys present in the sheet. */
  String range(List<String> keys) {
    List<Integer> present = keys.stream().map(columns::get).filter(c -> c != null).sorted().toList();
    if (present.isEmpty()) {
      return null;
    }
    int first = present.get(0);
    int last = present.get(present.size() - 1);
    return first == last ? name(first)
        : Sheet.letter(first) + "–" + Sheet.letter(last) + " (" + titles.get(first) + " … " + titles.get(last) + ")";
  }

  /** The key the header text names, the longest matching label winning; null when none. */
  static String match(String title, List<Column> spec) {
    if (title == null) {
      return null;
    }
    String folded = VietnameseText.fold(title);
    String key = null;
    int length = 0;
    for (Column c : spec) {
      for (String alias : c.aliases()) {
        if (alias.length() > length && names(folded, alias)) {
          key = c.key();
          length = alias.length();
        }
      }
    }
    return key;
  }

  private static boolean names(String folded, String alias) {
    if (!folded.startsWith(alias)) {
      return false;
    }
    return folded.length() == alias.length() || !Character.isLetterOrDigit(folded.charAt(alias.length()));
  }

  /** "Time limit (sec) – 5, 10, …" → "Time limit (sec)": the label without Kahoot's description. */
  private static String shorten(String title) {
    String t = title.strip();
    for (String dash : List.of(" - ", " – ", " — ")) {
      int i = t.indexOf(dash);
      if (i > 0) {
        t = t.substring(0, i).strip();
      }
    }
    return t.length() > 40 ? t.substring(0, 40) + "…" : t;
  }

  private static List<String> texts(Sheet.Row r) {
    return r.cells().values().stream().map(Sheet.Cell::text).filter(t -> t != null).toList();
  }
}
