package vn.luatvui.bank.formats;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** How bytes come in: counted against the size limit, and decoded strictly as UTF-8. */
final class Inputs {
  /** Uploads larger than this are refused. */
  static final long MAX_BYTES = 50L * 1024 * 1024;
  /** Rows (or questions) read from one file at most, so that memory stays bounded. */
  static final int MAX_ROWS = 50_000;

  static final String TOO_LARGE = "Tệp lớn hơn 50 MB. Hãy chia thành nhiều tệp nhỏ hơn rồi nhập lần lượt.";
  static final String TOO_MANY_ROWS = "Tệp có hơn 50.000 dòng. Hãy chia thành nhiều tệp nhỏ hơn rồi nhập lần lượt.";
  static final String NOT_UTF8 = "Tệp không được lưu bằng mã UTF-8 nên tiếng Việt sẽ bị lỗi. Trong Excel hãy chọn "
      + "\"Lưu thành\" → \"CSV UTF-8 (Comma delimited)\"; trong trình soạn thảo hãy lưu với bảng mã UTF-8.";

  private Inputs() {
  }

  /** Thrown by a {@link #limited} stream once more than {@link #MAX_BYTES} have been read. */
  static final class TooLarge extends IOException {
    TooLarge() {
      super("input larger than " + MAX_BYTES + " bytes");
    }
  }

  /** A file that cannot be read at all; the message (Vietnamese) becomes the one error at row 0. */
  static final class Unreadable extends IOException {
    Unreadable(String message) {
      super(message);
    }
  }

  /** The stream, failing with {@link TooLarge} as soon as it yields more than the limit. */
  static InputStream limited(InputStream in, long maxBytes) {
    return new FilterInputStream(in) {
      private long count;

      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          count(1);
        }
        return b;
      }

      @Override
      public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
          count(n);
        }
        return n;
      }

      @Override
      public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
      }

      private void count(long n) throws TooLarge {
        count += n;
        if (count > maxBytes) {
          throw new TooLarge();
        }
      }
    };
  }

  /**
   * A reader that fails with a {@link CharacterCodingException} on bytes that are not UTF-8 (a
   * Windows-1258 or Latin-1 file), and drops a leading byte-order mark.
   */
  static BufferedReader utf8(InputStream in) throws IOException {
    CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, strict), 64 * 1024);
    reader.mark(1);
    if (reader.read() != '\uFEFF') {
      reader.reset();
    }
    return reader;
  }

  /** The first cause of the given kind in the chain, or null. */
  static <T extends Throwable> T cause(Throwable t, Class<T> kind) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (kind.isInstance(c)) {
        return kind.cast(c);
      }
    }
    return null;
  }
}
