package vn.luatvui.server.org.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the organisation tree from CSV (nhập cây tổ chức). The first row names the columns, in
 * English or Vietnamese, with or without diacritics: code | mã; name | tên; kind | loại; parent |
 * mã cấp trên; settlement | thành thị/nông thôn; population | số dân. Comma or semicolon separated,
 * UTF-8 with or without a byte-order mark; blank lines are skipped but still counted. Problems name
 * the row (the header is row 1) and the column as written in the file.
 */
public final class OrgCsv {
  /** What the downloadable template holds (with a byte-order mark, so that Excel reads it as UTF-8). */
  public static final String TEMPLATE = "\uFEFFma,ten,loai,ma_cap_tren,thanh_thi_nong_thon,so_dan\r\n"
      + "TP,Thành phố,Thành phố,,,\r\n"
      + "SO-TP,Sở Tư pháp,\"Sở, ban, ngành\",TP,,\r\n"
      + "Q1,Quận Một,\"Quận, huyện\",TP,Thành thị,150000\r\n"
      + "P-BN,Phường Bến Nghé,Phường,Q1,Thành thị,16000\r\n"
      + "X-AP,Xã An Phú,Xã,Q1,Nông thôn,9000\r\n"
      + "THPT-A,Trường THPT A,Trường học,P-BN,,\r\n";
  private static final Pattern INTEGER = Pattern.compile("\\d+|\\d{1,3}([., ]\\d{3})+");

  private OrgCsv() {
  }

  /** The rows read (meaningful only when there are no problems) and every problem found. */
  public record Parsed(List<OrgRow> rows, List<OrgProblem> problems) {
    public Parsed {
      rows = List.copyOf(rows);
      problems = List.copyOf(problems);
    }

    public boolean ok() {
      return problems.isEmpty();
    }
  }

  /** @param stored the parent code of each organisation already stored (null value at the top) */
  public static Parsed parse(String csvText, Map<String, String> stored) {
    String text = csvText == null ? "" : csvText.startsWith("\uFEFF") ? csvText.substring(1) : csvText;
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(OrgCsvHeader.delimiter(text))
        .setIgnoreEmptyLines(false).get();
    List<OrgRow> rows = new ArrayList<>();
    List<Integer> rowNumbers = new ArrayList<>();
    List<OrgProblem> problems = new ArrayList<>();
    OrgCsvHeader header = null;
    int lastRow = 0;
    try (CSVParser parser = CSVParser.parse(text, format)) {
      for (CSVRecord record : parser) {
        lastRow = (int) record.getRecordNumber();
        if (header == null) {
          header = OrgCsvHeader.read(record, problems);
          if (!problems.isEmpty()) {
            return new Parsed(List.of(), problems);
          }
        } else if (!blank(record)) {
          rows.add(row(record, lastRow, header, problems));
          rowNumbers.add(lastRow);
          if (rows.size() > OrgRowsCheck.MAX_ROWS) {
            break;
          }
        }
      }
    } catch (UncheckedIOException | IOException | IllegalStateException e) {
      problems.add(new OrgProblem(lastRow + 1, null, "Không đọc được tệp CSV từ dòng này (kiểm tra dấu ngoặc kép)."));
      return new Parsed(List.of(), problems);
    }
    if (header == null) {
      return new Parsed(List.of(), List.of(new OrgProblem(1, null, "Tệp trống: cần dòng tiêu đề (mã, tên, loại, ...).")));
    }
    problems.addAll(OrgRowsCheck.check(rows, rowNumbers, header.columns(), stored));
    problems.sort(Comparator.comparingInt(OrgProblem::row));
    return new Parsed(rows, problems);
  }

  private static OrgRow row(CSVRecord record, int row, OrgCsvHeader header, List<OrgProblem> problems) {
    Map<String, Integer> at = header.index();
    OrgRowsCheck.Columns cols = header.columns();
    String kindText = OrgRow.clean(value(record, at.get(OrgCsvHeader.KIND)));
    OrgKind kind = OrgKind.parse(kindText);
    if (kindText == null) {
      problems.add(new OrgProblem(row, cols.kind(), "Thiếu loại tổ chức."));
    } else if (kind == null) {
      problems.add(new OrgProblem(row, cols.kind(), "Không hiểu loại tổ chức «" + kindText
          + "» (ví dụ: Phường, Xã, Trường học, Doanh nghiệp)."));
    }
    String settlementText = OrgRow.clean(value(record, at.get(OrgCsvHeader.SETTLEMENT)));
    Settlement settlement = Settlement.parse(settlementText);
    if (settlementText != null && settlement == null) {
      problems.add(new OrgProblem(row, cols.settlement(), "Khu vực «" + settlementText
          + "» phải là «Thành thị» hoặc «Nông thôn»."));
    }
    String populationText = OrgRow.clean(value(record, at.get(OrgCsvHeader.POPULATION)));
    Integer population = null;
    if (populationText != null) {
      String digits = populationText.replaceAll("[., ]", "");
      if (INTEGER.matcher(populationText).matches() && digits.length() <= 9) {
        population = Integer.parseInt(digits);
      } else {
        problems.add(new OrgProblem(row, cols.population(), OrgRowsCheck.populationMessage()));
      }
    }
    return new OrgRow(value(record, at.get(OrgCsvHeader.CODE)), value(record, at.get(OrgCsvHeader.NAME)), kind,
        value(record, at.get(OrgCsvHeader.PARENT)), settlement, population).normalized();
  }

  private static String value(CSVRecord record, Integer column) {
    return column == null || column >= record.size() ? null : record.get(column);
  }

  private static boolean blank(CSVRecord record) {
    for (String v : record) {
      if (v != null && !v.isBlank()) {
        return false;
      }
    }
    return true;
  }
}
