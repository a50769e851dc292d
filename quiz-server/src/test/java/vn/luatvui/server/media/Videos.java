package vn.luatvui.server.media;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/** Video files for tests: the real first bytes of an MP4 or a WebM, then filler. */
final class Videos {
  private Videos() {
  }

  /** An {@code ftyp} box (isom, compatible with mp42), then {@code size - 24} bytes drawn from {@code seed}. */
  static byte[] mp4(int size, long seed) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {0, 0, 0, 24});
    out.writeBytes("ftypisom".getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(new byte[] {0, 0, 2, 0});
    out.writeBytes("isommp42".getBytes(StandardCharsets.US_ASCII));
    return fill(out, size, seed);
  }

  /** An EBML header with the given DocType (webm, matroska), then filler up to {@code size}. */
  static byte[] ebml(String docType, int size, long seed) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] type = docType.getBytes(StandardCharsets.US_ASCII);
    byte[] body = concat(new byte[] {0x42, (byte) 0x86, (byte) 0x81, 1, 0x42, (byte) 0xF7, (byte) 0x81, 1,
        0x42, (byte) 0xF2, (byte) 0x81, 4, 0x42, (byte) 0xF3, (byte) 0x81, 8, 0x42, (byte) 0x82, (byte) (0x80 | type.length)},
        type);
    out.writeBytes(new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3, (byte) (0x80 | body.length)});
    out.writeBytes(body);
    return fill(out, size, seed);
  }

  private static byte[] fill(ByteArrayOutputStream out, int size, long seed) {
    byte[] rest = new byte[size - out.size()];
    new Random(seed).nextBytes(rest);
    out.writeBytes(rest);
    return out.toByteArray();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] c = new byte[a.length + b.length];
    System.arraycopy(a, 0, c, 0, a.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }
}
