package vn.luatvui.bank.formats;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import vn.luatvui.bank.media.MediaPaths;

/**
 * A sheet and its images in one ZIP, as the importer reads it back: {@code cau-hoi.<ext>} whose
 * image column names {@code anh/<sha256>.<ext>} for each stored image (links stay links), then
 * those image files. The sheet streams as the questions come; the images follow, each once.
 */
final class ZipExport {
  static final String FOLDER = "anh/";

  private ZipExport() {
  }

  static int write(QuestionFormat format, Iterable<ExportedQuestion> questions, ImageSource images, OutputStream out)
      throws IOException {
    Set<String> named = new LinkedHashSet<>();
    Iterable<ExportedQuestion> renamed = () -> new Iterator<>() {
      private final Iterator<ExportedQuestion> inner = questions.iterator();

      @Override
      public boolean hasNext() {
        return inner.hasNext();
      }

      @Override
      public ExportedQuestion next() {
        ExportedQuestion q = inner.next();
        String url = q.content().imageUrl();
        if (!MediaPaths.isStored(url) || !format.canHold(q.content())) {
          return q;
        }
        String file = url.substring(MediaPaths.PREFIX.length());
        named.add(file);
        return new ExportedQuestion(q.content().withImage(FOLDER + file, q.content().imageAlt()), q.timeLimitSeconds(),
            q.points(), q.key());
      }
    };
    ZipOutputStream zip = new ZipOutputStream(new FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        out.flush();
      }
    });
    zip.putNextEntry(new ZipEntry("cau-hoi." + format.extension()));
    int written = QuestionExporter.write(format, renamed, zip);
    zip.closeEntry();
    for (String file : named) {
      byte[] bytes = images.bytes(MediaPaths.sha256(file));
      if (bytes != null) {
        ZipEntry entry = new ZipEntry(FOLDER + file);
        entry.setMethod(ZipEntry.DEFLATED);
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
      }
    }
    zip.finish();
    zip.flush();
    return written;
  }
}
