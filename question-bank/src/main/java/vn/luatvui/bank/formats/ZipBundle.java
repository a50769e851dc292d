package vn.luatvui.bank.formats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import vn.luatvui.bank.media.Images;

/**
 * A ZIP holding one sheet (.xlsx or .csv) and the image files its image column names. Read from
 * disk, entry by entry, under the same guard as an .xlsx (which is a ZIP too): an entry that
 * inflates more than {@link ZipSecureFile#getMinInflateRatio()} allows is a zip bomb and refuses
 * the whole file; so do more than {@link #MAX_ENTRIES} entries, more than {@link #MAX_TOTAL} bytes
 * once inflated, and a name that would leave the folder ({@code ../}, an absolute path, a drive).
 * Image files are read only when a row names them, each at most {@link Images#MAX_BYTES}.
 */
final class ZipBundle {
  static final int MAX_ENTRIES = 20_000;
  /** What all entries may inflate to, together, as their headers declare it (and as read). */
  static final long MAX_TOTAL = 1024L * 1024 * 1024;
  /** Below this size an entry's ratio is not judged (tiny files compress extremely). */
  private static final long RATIO_GRACE = 1024L * 1024;

  /** The sheet of a bundle, and whether it is an .xlsx (else a .csv). */
  record Opened(String name, boolean xlsx, InputStream sheet) {
  }

  private ZipBundle() {
  }

  /** Whether the file is a ZIP that is not itself an .xlsx workbook. */
  static boolean isBundle(Path file) throws IOException {
    byte[] head = new byte[4];
    try (InputStream in = Files.newInputStream(file)) {
      if (in.readNBytes(head, 0, 4) < 4 || head[0] != 'P' || head[1] != 'K' || head[2] != 3 || head[3] != 4) {
        return false;
      }
    }
    try (ZipFile zip = new ZipFile(file.toFile())) {
      return zip.getEntry("[Content_Types].xml") == null;
    } catch (ZipException e) {
      return false;
    }
  }

  /**
   * Opens the bundle: its image files go to {@code images} (closed with them), its one sheet is
   * returned to be read in the layout the user chose.
   */
  static Opened open(Path file, ImageFiles images) throws IOException {
    ZipFile zip;
    try {
      zip = new ZipFile(file.toFile());
    } catch (ZipException e) {
      throw new Inputs.Unreadable("Không mở được tệp ZIP (tệp hỏng).");
    }
    images.closeWith(zip);
    if (zip.size() > MAX_ENTRIES) {
      throw new Inputs.Unreadable("Tệp ZIP có hơn " + MAX_ENTRIES + " tệp bên trong.");
    }
    List<ZipEntry> sheets = new ArrayList<>();
    long total = 0;
    Enumeration<? extends ZipEntry> entries = zip.entries();
    while (entries.hasMoreElements()) {
      ZipEntry e = entries.nextElement();
      String name = e.getName();
      if (!safe(name)) {
        throw new Inputs.Unreadable("Tệp ZIP có tên tệp không an toàn: " + Values.quote(name)
            + " (ra ngoài thư mục). Hãy nén lại các tệp.");
      }
      if (e.isDirectory() || hidden(name)) {
        continue;
      }
      if (e.getSize() > RATIO_GRACE && (double) e.getCompressedSize() / e.getSize() < ZipSecureFile.getMinInflateRatio()) {
        throw bomb(name);
      }
      total += Math.max(0, e.getSize());
      if (total > MAX_TOTAL) {
        throw new Inputs.Unreadable("Tệp ZIP giải nén ra quá 1 GB. Hãy chia thành nhiều tệp nhỏ hơn.");
      }
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.endsWith(".xlsx") || lower.endsWith(".csv")) {
        sheets.add(e);
      } else {
        images.add(name, () -> read(zip, e));
      }
    }
    if (sheets.size() != 1) {
      throw new Inputs.Unreadable(sheets.isEmpty()
          ? "Tệp ZIP không có bảng tính (.xlsx hoặc .csv) nào. Hãy đặt một bảng tính và các tệp ảnh vào tệp ZIP."
          : "Tệp ZIP có " + sheets.size() + " bảng tính; chỉ được có một (.xlsx hoặc .csv) cùng các tệp ảnh.");
    }
    ZipEntry sheet = sheets.get(0);
    return new Opened(sheet.getName(), sheet.getName().toLowerCase(Locale.ROOT).endsWith(".xlsx"),
        guarded(zip, sheet, Inputs.MAX_BYTES));
  }

  private static byte[] read(ZipFile zip, ZipEntry e) throws IOException {
    try (InputStream in = guarded(zip, e, Images.MAX_BYTES + 1L)) {
      return in.readAllBytes();
    } catch (Inputs.TooLarge tooLarge) {
      throw new IOException("Ảnh lớn hơn 10 MB. Hãy chọn ảnh nhỏ hơn.");
    }
  }

  /** The entry's bytes, refused as a bomb past the inflate ratio and cut at {@code max}. */
  private static InputStream guarded(ZipFile zip, ZipEntry e, long max) throws IOException {
    double minRatio = ZipSecureFile.getMinInflateRatio();
    long compressed = Math.max(1, e.getCompressedSize());
    InputStream in = Inputs.limited(zip.getInputStream(e), max);
    return new java.io.FilterInputStream(in) {
      private long inflated;

      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          check(1);
        }
        return b;
      }

      @Override
      public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
          check(n);
        }
        return n;
      }

      private void check(long n) throws IOException {
        inflated += n;
        if (inflated > RATIO_GRACE && (double) compressed / inflated < minRatio) {
          throw bomb(e.getName());
        }
      }
    };
  }

  private static Inputs.Unreadable bomb(String name) {
    return new Inputs.Unreadable("Tệp ZIP có tệp " + Values.quote(name)
        + " giải nén ra lớn bất thường (zip bomb); tệp bị từ chối.");
  }

  /** A name inside the folder: no "..", no absolute path, no drive letter, no control character. */
  static boolean safe(String name) {
    String n = name.replace('\\', '/');
    if (n.isEmpty() || n.startsWith("/") || (n.length() > 1 && n.charAt(1) == ':') || n.chars().anyMatch(c -> c < 0x20)) {
      return false;
    }
    for (String part : n.split("/")) {
      if (part.equals("..")) {
        return false;
      }
    }
    return true;
  }

  /** What archivers add beside the files (macOS resource forks, .DS_Store, Thumbs.db). */
  private static boolean hidden(String name) {
    String n = name.replace('\\', '/');
    String base = n.substring(n.lastIndexOf('/') + 1);
    return n.startsWith("__MACOSX/") || base.startsWith(".") || base.equalsIgnoreCase("Thumbs.db");
  }
}
