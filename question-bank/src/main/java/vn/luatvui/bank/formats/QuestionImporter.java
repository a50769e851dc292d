package vn.luatvui.bank.formats;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.charset.CharacterCodingException;
import java.util.List;
import java.util.Objects;

/**
 * Reads questions from an uploaded file: the first step of the import wizard (upload → dry run
 * preview → commit). Nothing is stored here; the result lists the valid questions, every error by
 * row and column, and the repeats within the file.
 */
public final class QuestionImporter {

  static final String EMPTY = "Tệp tải lên trống (0 byte). Hãy chọn lại tệp câu hỏi.";

  private QuestionImporter() {
  }

  /**
   * Reads the whole stream (at most 50 MB; the stream is not closed). Problems with the file as a
   * whole (empty, too large, not UTF-8, not a spreadsheet, no header row, no question at all) come
   * back as one error at row 0, never as an exception.
   *
   * @param options defaults for what the file leaves out; null for {@link ImportOptions#defaults()}
   */
  public static ImportResult read(QuestionFormat format, InputStream in, ImportOptions options) {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(in, "in");
    ImportOptions o = options == null ? ImportOptions.defaults() : options;
    if (o.images() != null && isSpreadsheet(format)) {
      return bundled(in, o, (sheet, xlsx) -> {
        SpreadsheetLayout layout = layout(format);
        return xlsx ? layout.readXlsx(sheet, o) : layout.readCsv(sheet, o);
      }, limited -> read(format, limited, o.withImages(null)));
    }
    PushbackInputStream limited = new PushbackInputStream(Inputs.limited(in, Inputs.MAX_BYTES), 1);
    try {
      int first = limited.read();
      if (first < 0) {
        return new ImportResult(List.of(), List.of(new ImportError(0, null, EMPTY)), List.of(), 0);
      }
      limited.unread(first);
      switch (format) {
        case XLSX_KAHOOT:
          return KahootLayout.INSTANCE.readXlsx(limited, o);
        case XLSX_LUATVUI:
          return LuatVuiLayout.INSTANCE.readXlsx(limited, o);
        case CSV_KAHOOT:
          return KahootLayout.INSTANCE.readCsv(limited, o);
        case CSV_LUATVUI:
          return LuatVuiLayout.INSTANCE.readCsv(limited, o);
        case JSON:
          return JsonFormat.read(limited, o);
        case AIKEN:
          return AikenFormat.read(limited, o);
        case GIFT:
          return GiftFormat.read(limited, o);
        case XLSX_WAYGROUND:
          return WaygroundLayout.INSTANCE.readXlsx(limited, o);
        case CSV_WAYGROUND:
          return WaygroundLayout.INSTANCE.readCsv(limited, o);
        case MOODLE_XML:
          return MoodleXmlFormat.read(limited, o);
        default:
          throw new IllegalArgumentException("unknown format " + format);
      }
    } catch (IOException | UncheckedIOException e) {
      return whole(e);
    }
  }

  /**
   * Reads a spreadsheet of no known layout by the columns the user mapped (the wizard's mapping
   * step), with the same rules, errors and report as any other import.
   *
   * @param kind any format of the file's kind: XLSX_… or CSV_…
   */
  public static ImportResult read(QuestionFormat kind, InputStream in, ImportOptions options, ColumnMapping mapping) {
    Objects.requireNonNull(mapping, "mapping");
    ImportOptions o = options == null ? ImportOptions.defaults() : options;
    MappedLayout layout = new MappedLayout(mapping);
    if (o.images() != null) {
      return bundled(in, o, (sheet, xlsx) -> xlsx ? layout.readXlsx(sheet, o)
              : layout.read(CsvSheets.read(sheet, cells -> (int) cells.stream().filter(c -> !c.isBlank()).count()), o),
          limited -> read(kind, limited, o.withImages(null), mapping));
    }
    try {
      PushbackInputStream limited = new PushbackInputStream(Inputs.limited(in, Inputs.MAX_BYTES), 1);
      int first = limited.read();
      if (first < 0) {
        return new ImportResult(List.of(), List.of(new ImportError(0, null, EMPTY)), List.of(), 0);
      }
      limited.unread(first);
      return kind.extension().equals("xlsx") ? layout.readXlsx(limited, o)
          : layout.read(CsvSheets.read(limited, cells -> (int) cells.stream().filter(c -> !c.isBlank()).count()), o);
    } catch (IOException | UncheckedIOException e) {
      return whole(e);
    }
  }

  private interface SheetReader {
    ImportResult read(InputStream sheet, boolean xlsx) throws IOException;
  }

  private interface PlainReader {
    ImportResult read(InputStream file);
  }

  /**
   * A spreadsheet upload that may be a ZIP of one sheet and its images: the sheet is read with the
   * ZIP's files as {@code options.images()}; any other upload is read as it is, without them.
   */
  private static ImportResult bundled(InputStream in, ImportOptions options, SheetReader sheetReader,
                                      PlainReader plain) {
    Path file = null;
    try {
      file = Files.createTempFile("luatvui-import-", ".upload");
      try (InputStream limited = Inputs.limited(in, Inputs.MAX_BYTES)) {
        Files.copy(limited, file, StandardCopyOption.REPLACE_EXISTING);
      }
      if (Files.size(file) == 0) {
        return new ImportResult(List.of(), List.of(new ImportError(0, null, EMPTY)), List.of(), 0);
      }
      if (!ZipBundle.isBundle(file)) {
        try (InputStream again = Files.newInputStream(file)) {
          return plain.read(again);
        }
      }
      ZipBundle.Opened opened = ZipBundle.open(file, options.images());
      try (InputStream sheet = opened.sheet()) {
        return sheetReader.read(sheet, opened.xlsx());
      }
    } catch (IOException | UncheckedIOException e) {
      return whole(e);
    } finally {
      if (file != null) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException ignored) {
          // A temporary file; the system's cleaner takes what is left.
        }
      }
    }
  }

  static boolean isSpreadsheet(QuestionFormat format) {
    return format.extension().equals("xlsx") || format.extension().equals("csv");
  }

  /** The spreadsheet layout of a spreadsheet format. */
  static SpreadsheetLayout layout(QuestionFormat format) {
    return switch (format) {
      case XLSX_KAHOOT, CSV_KAHOOT -> KahootLayout.INSTANCE;
      case XLSX_LUATVUI, CSV_LUATVUI -> LuatVuiLayout.INSTANCE;
      case XLSX_WAYGROUND, CSV_WAYGROUND -> WaygroundLayout.INSTANCE;
      default -> throw new IllegalArgumentException(format + " is not a spreadsheet layout");
    };
  }

  private static ImportResult whole(Exception e) {
    String message;
    Inputs.Unreadable unreadable = Inputs.cause(e, Inputs.Unreadable.class);
    if (Inputs.cause(e, Inputs.TooLarge.class) != null) {
      message = Inputs.TOO_LARGE;
    } else if (Inputs.cause(e, CharacterCodingException.class) != null) {
      message = Inputs.NOT_UTF8;
    } else if (unreadable != null) {
      message = unreadable.getMessage();
    } else {
      message = "Không đọc được tệp: " + e.getMessage();
    }
    return new ImportResult(List.of(), List.of(new ImportError(0, null, message)), List.of(), 0);
  }
}
