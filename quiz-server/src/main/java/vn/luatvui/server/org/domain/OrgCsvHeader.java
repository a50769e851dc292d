package vn.luatvui.server.org.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;

/** The header row of an organisations file: which column holds what, in English or Vietnamese. */
record OrgCsvHeader(Map<String, Integer> index, OrgRowsCheck.Columns columns) {
  static final String CODE = "code";
  static final String NAME = "name";
  static final String KIND = "kind";
  static final String PARENT = "parent";
  static final String SETTLEMENT = "settlement";
  static final String POPULATION = "population";

  private static final Map<String, Set<String>> ALIASES = Map.of(
      CODE, Set.of("code", "ma", "ma_to_chuc", "ma_don_vi"),
      NAME, Set.of("name", "ten", "ten_to_chuc", "ten_don_vi"),
      KIND, Set.of("kind", "type", "loai", "loai_to_chuc"),
      PARENT, Set.of("parent", "parent_code", "ma_cap_tren"),
      SETTLEMENT, Set.of("settlement", "urban_rural", "thanh_thi_nong_thon", "khu_vuc"),
      POPULATION, Set.of("population", "so_dan", "dan_so"));
  private static final List<String> REQUIRED = List.of(CODE, NAME, KIND);
  private static final Map<String, String> LABELS = Map.of(CODE, "mã (code)", NAME, "tên (name)", KIND, "loại (kind)");

  /** The header; problems are added when a required column is missing or a meaning repeats. */
  static OrgCsvHeader read(CSVRecord record, List<OrgProblem> problems) {
    Map<String, Integer> index = new HashMap<>();
    Map<String, String> written = new HashMap<>();
    for (int i = 0; i < record.size(); i++) {
      String raw = OrgRow.clean(record.get(i));
      String key = key(raw);
      if (key == null) {
        continue;
      }
      if (index.putIfAbsent(key, i) != null) {
        problems.add(new OrgProblem(1, raw, "Cột «" + raw + "» trùng ý nghĩa với cột «" + written.get(key) + "»."));
      } else {
        written.put(key, raw);
      }
    }
    for (String required : REQUIRED) {
      if (!index.containsKey(required)) {
        problems.add(new OrgProblem(1, null, "Thiếu cột " + LABELS.get(required) + " ở dòng tiêu đề."));
      }
    }
    OrgRowsCheck.Columns columns = new OrgRowsCheck.Columns(written.get(CODE), written.get(NAME), written.get(KIND),
        written.getOrDefault(PARENT, PARENT), written.getOrDefault(SETTLEMENT, SETTLEMENT),
        written.getOrDefault(POPULATION, POPULATION));
    return new OrgCsvHeader(Map.copyOf(index), columns);
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

  private static String key(String raw) {
    if (raw == null) {
      return null;
    }
    String folded = OrgKind.fold(raw);
    for (Map.Entry<String, Set<String>> e : ALIASES.entrySet()) {
      if (e.getValue().contains(folded)) {
        return e.getKey();
      }
    }
    return null;
  }
}
