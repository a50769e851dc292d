package vn.luatvui.bank.formats;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * XLSX in and out. Reading streams the first sheet's XML (SAX), so a large file neither loads a
 * workbook model nor holds more than its cell texts; the upload is first copied to a temporary
 * file, counted against the size limit, so the zip is read from disk rather than from memory.
 */
final class XlsxSheets {
  private static final int MAX_COLUMNS = 256;

  private XlsxSheets() {
  }

  /** The first sheet of the workbook in the stream. */
  static Sheet read(InputStream in) throws IOException {
    Path file = Files.createTempFile("luatvui-import-", ".xlsx");
    try {
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      FileMagic magic;
      try (InputStream head = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
        magic = FileMagic.valueOf(head);
      }
      if (magic == FileMagic.OLE2) {
        throw new Inputs.Unreadable("Tệp là bảng tính Excel cũ (.xls) hoặc có đặt mật khẩu. Hãy mở bằng Excel, bỏ "
            + "mật khẩu nếu có, rồi lưu thành “Excel Workbook (.xlsx)”.");
      }
      if (magic != FileMagic.OOXML) {
        throw new Inputs.Unreadable("Tệp không phải là bảng tính Excel .xlsx.");
      }
      return readSheet(file);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static Sheet readSheet(Path file) throws IOException {
    OPCPackage pkg;
    try {
      pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
    } catch (Exception e) {
      throw new Inputs.Unreadable("Không mở được tệp .xlsx (tệp hỏng hoặc không phải bảng tính Excel).");
    }
    try {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
      XSSFReader.SheetIterator sheets = reader.getSheetIterator();
      if (!sheets.hasNext()) {
        throw new Inputs.Unreadable("Bảng tính không có trang tính nào.");
      }
      try (InputStream xml = sheets.next()) {
        SheetHandler handler = new SheetHandler(strings);
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(handler);
        parser.parse(new InputSource(xml));
        return new Sheet(sheets.getSheetName(), handler.rows, handler.merged);
      }
    } catch (Inputs.Unreadable e) {
      throw e;
    } catch (TooManyRows e) {
      throw new Inputs.Unreadable(Inputs.TOO_MANY_ROWS);
    } catch (IOException e) {
      if (Inputs.cause(e, Inputs.TooLarge.class) != null) {
        throw e;
      }
      throw new Inputs.Unreadable("Không đọc được tệp .xlsx (tệp hỏng hoặc quá lớn khi giải nén).");
    } catch (Exception e) {
      throw new Inputs.Unreadable("Không đọc được tệp .xlsx (tệp hỏng hoặc không đúng định dạng).");
    } finally {
      pkg.revert();
    }
  }

  /**
   * Writes rows (String, Number or null cells) to one sheet, the header row in bold and frozen,
   * streaming as the rows come ({@link XlsxWriter}). With {@code sharedStrings} the texts go to a
   * shared strings table; without, inline in their cells.
   */
  static void write(String sheetName, Iterable<List<Object>> rows, int headerRow, int[] widths,
                    boolean sharedStrings, OutputStream out) throws IOException {
    XlsxWriter.write(sheetName, rows, headerRow, widths, sharedStrings, out);
  }

  /** "_x0041_" → "A": the escape spreadsheet writers use for characters XML cannot hold (shared strings come decoded). */
  static String decode(String text) {
    if (text.indexOf("_x") < 0) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      if (text.startsWith("_x", i) && i + 6 < text.length() && text.charAt(i + 6) == '_'
          && text.substring(i + 2, i + 6).chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
        sb.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
        i += 7;
      } else {
        sb.append(text.charAt(i++));
      }
    }
    return sb.toString();
  }

  /** Numbers as a person reads them: 2024 not 2024.0, 1.5 as 1.5. */
  static String number(String raw) {
    try {
      BigDecimal d = new BigDecimal(raw.strip()).stripTrailingZeros();
      return d.scale() <= 0 ? d.toBigInteger().toString() : d.toPlainString();
    } catch (NumberFormatException e) {
      return raw;
    }
  }

  private static final class TooManyRows extends SAXException {
  }

  /** Collects the cells of a worksheet part (sheetData rows, mergeCells). */
  private static final class SheetHandler extends DefaultHandler {
    final List<Sheet.Row> rows = new ArrayList<>();
    final List<Sheet.Merged> merged = new ArrayList<>();
    private final ReadOnlySharedStringsTable strings;
    private final StringBuilder text = new StringBuilder();
    private Map<Integer, Sheet.Cell> cells;
    private int rowNumber;
    private int column;
    private String cellType;
    private boolean formula;
    private String value;
    private StringBuilder inline;
    private boolean collecting;
    private boolean phonetic;

    SheetHandler(ReadOnlySharedStringsTable strings) {
      this.strings = strings;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
      switch (name(localName, qName)) {
        case "row" -> {
          String r = atts.getValue("r");
          rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
          cells = new TreeMap<>();
          column = -1;
        }
        case "c" -> {
          String r = atts.getValue("r");
          column = r == null ? column + 1 : Sheet.column(r);
          cellType = atts.getValue("t");
          formula = false;
          value = null;
          inline = null;
        }
        case "f" -> formula = true;
        case "v" -> start();
        case "is" -> inline = new StringBuilder();
        case "rPh" -> phonetic = true;
        case "t" -> {
          if (inline != null && !phonetic) {
            start();
          }
        }
        case "mergeCell" -> {
          String ref = atts.getValue("ref");
          if (ref != null && ref.contains(":")) {
            String[] ends = ref.split(":");
            merged.add(new Sheet.Merged(ref, Sheet.row(ends[0]), Sheet.row(ends[1]), Sheet.column(ends[0]),
                Sheet.column(ends[1])));
          }
        }
        default -> {
        }
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
      switch (name(localName, qName)) {
        case "v" -> {
          value = text.toString();
          collecting = false;
        }
        case "t" -> {
          if (collecting && inline != null) {
            inline.append(text);
            collecting = false;
          }
        }
        case "rPh" -> phonetic = false;
        case "c" -> {
          Sheet.Cell cell = cell();
          if (cell != null && column >= 0 && column < MAX_COLUMNS) {
            cells.put(column, cell);
          }
        }
        case "row" -> {
          if (!cells.isEmpty()) {
            rows.add(new Sheet.Row(rowNumber, cells));
            if (rows.size() > Inputs.MAX_ROWS) {
              throw new TooManyRows();
            }
          }
        }
        default -> {
        }
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (collecting) {
        text.append(ch, start, length);
      }
    }

    private void start() {
      text.setLength(0);
      collecting = true;
    }

    private Sheet.Cell cell() {
      String t = cellType == null ? "n" : cellType;
      if (t.equals("inlineStr")) {
        return inline == null || inline.length() == 0 ? null : Sheet.Cell.of(decode(inline.toString()));
      }
      if (value == null) {
        return formula ? new Sheet.Cell(null, "Ô chứa công thức chưa được tính. LuậtVui không nhận công thức: hãy "
            + "chép rồi dán dạng giá trị (Paste Values).") : null;
      }
      switch (t) {
        case "s":
          try {
            return Sheet.Cell.of(strings.getItemAt(Integer.parseInt(value.strip())).getString());
          } catch (RuntimeException e) {
            return new Sheet.Cell(null, "Ô trỏ tới một chuỗi không có trong tệp (tệp hỏng).");
          }
        case "b":
          return Sheet.Cell.of(value.strip().equals("1") ? "TRUE" : "FALSE");
        case "e":
          return new Sheet.Cell(null, "Ô đang báo lỗi " + value + ".");
        case "str":
        case "d":
          return Sheet.Cell.of(value);
        default:
          return Sheet.Cell.of(number(value));
      }
    }

    private static String name(String localName, String qName) {
      if (localName != null && !localName.isEmpty()) {
        return localName;
      }
      int colon = qName.indexOf(':');
      return colon < 0 ? qName : qName.substring(colon + 1);
    }
  }
}
