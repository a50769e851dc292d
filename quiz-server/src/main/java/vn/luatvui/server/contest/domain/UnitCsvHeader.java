package vn.luatvui.server.contest.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import vn.luatvui.bank.text.VietnameseText;

/** The header row of a units file (dòng tiêu đề): which column holds what, whatever the language. */
record UnitCsvHeader(Map<String, Integer> index, UnitRowsCheck.Columns columns) {
  static final String CODE = "code";
  static final String NAME = "name";
  static final String PARENT = "parent";
  static final String MEMBERS = "members";

  private static final Map<String, Set<String>> ALIASES = Map.of(
      CODE, Set.of("code", "ma", "ma_don_vi"),
      NAME, Set.of("name", "ten", "ten_don_vi"),
      PARENT, Set.of("parent", "parent_code", "ma_cap_tren"),
      MEMBERS, Set.of("members", "so_thanh_vien", "si_so"));
  private static final List<String> REQUIRED = List.of(CODE, NAME);
  private static final Map<String, String> LABELS = Map.of(CODE, "mã (code)", NAME, "tên (name)");

  /** The header; problems are added when a required column is missing or a meaning repeats. */
  static UnitCsvHeader read(CSVRecord record, List<CsvProblem> problems) {
    Map<String, Integer> index = new HashMap<>();
    Map<String, String> written = new HashMap<>();
    for (int i = 0; i < record.size(); i++) {
      String raw = UnitRow.clean(record.get(i));
      String key = key(raw);
      if (key == null) {
        continue;
      }
      if (index.putIfAbsent(key, i) != null) {
        problems.add(new CsvProblem(1, raw, "Cột «" + raw + "» trùng ý nghĩa với cột «" + written.get(key) + "»."));
      } else {
        written.put(key, raw);
      }
    }
    for (String required : REQUIRED) {
      if (!index.containsKey(required)) {
        problems.add(new CsvProblem(1, null, "Thiếu cột " + LABELS.get(required) + " ở dòng tiêu đề."));
      }
    }
    UnitRowsCheck.Columns columns = new UnitRowsCheck.Columns(written.get(CODE), written.get(NAME),
        written.getOrDefault(PARENT, PARENT), written.getOrDefault(MEMBERS, MEMBERS));
    return new UnitCsvHeader(Map.copyOf(index), columns);
  }

  /** ';' when the header line has more semicolons than commas outside quotes, else ','. */
  static char delimiter(String text) {
    int semicolons = 0;
    int commas = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        break;
      } else if (!quoted) {
        semicolons += c == ';' ? 1 : 0;
        commas += c == ',' ? 1 : 0;
      }
    }
    return semicolons > commas ? ';' : ',';
  }

  /** What a column name means: folded, separators as underscores, matched against the aliases. */
  private static String key(String raw) {
    if (raw == null) {
      return null;
    }
    String folded = VietnameseText.fold(raw).replaceAll("[\\s_-]+", "_");
    for (Map.Entry<String, Set<String>> e : ALIASES.entrySet()) {
      if (e.getValue().contains(folded)) {
        return e.getKey();
      }
    }
    return null;
  }
}
