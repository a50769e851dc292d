package vn.luatvui.server.media;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * What a video file is, read from its first bytes (the file name and the sender's Content-Type
 * count for nothing): an MP4 starts with an {@code ftyp} box naming an MP4 brand, a WebM with an
 * EBML header whose DocType is {@code webm}. Anything else is not a lesson video.
 */
public enum VideoFormat {
  MP4("video/mp4", "mp4"),
  WEBM("video/webm", "webm");

  /** Enough of the start of a file to tell its format. */
  public static final int HEAD_BYTES = 64;
  private static final Set<String> MP4_BRANDS = Set.of("isom", "iso2", "iso3", "iso4", "iso5", "iso6", "mp41", "mp42",
      "avc1", "M4V ", "dash", "mmp4");
  private static final int EBML = 0x1A45DFA3;
  private static final int DOC_TYPE = 0x4282;

  private final String mediaType;
  private final String extension;

  VideoFormat(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }

  public static VideoFormat ofExtension(String extension) {
    for (VideoFormat f : values()) {
      if (f.extension.equals(extension)) {
        return f;
      }
    }
    return null;
  }

  /** The format the first bytes announce, or null when they are neither an MP4 nor a WebM. */
  public static VideoFormat sniff(byte[] head) {
    if (isMp4(head)) {
      return MP4;
    }
    return isWebm(head) ? WEBM : null;
  }

  /** An {@code ftyp} box first, whose major or one of whose compatible brands is an MP4 one. */
  private static boolean isMp4(byte[] d) {
    if (d.length < 16 || !"ftyp".equals(ascii(d, 4, 4))) {
      return false;
    }
    long boxSize = u32(d, 0);
    if (boxSize < 16) {
      return false;
    }
    if (MP4_BRANDS.contains(ascii(d, 8, 4))) {
      return true;
    }
    for (int at = 16; at + 4 <= Math.min(boxSize, d.length); at += 4) {
      if (MP4_BRANDS.contains(ascii(d, at, 4))) {
        return true;
      }
    }
    return false;
  }

  /** The EBML magic, then the header's elements up to its DocType, which must be {@code webm}. */
  private static boolean isWebm(byte[] d) {
    if (d.length < 8 || (int) u32(d, 0) != EBML) {
      return false;
    }
    long[] size = vint(d, 4);
    if (size == null) {
      return false;
    }
    int at = 4 + (int) size[1];
    long end = Math.min(d.length, at + size[0]);
    while (at < end) {
      long[] id = vint(d, at, true);
      if (id == null) {
        return false;
      }
      at += (int) id[1];
      long[] length = vint(d, at);
      if (length == null) {
        return false;
      }
      at += (int) length[1];
      if (id[0] == DOC_TYPE) {
        return length[0] == 4 && at + 4 <= d.length && "webm".equals(ascii(d, at, 4));
      }
      if (length[0] > end - at) {
        return false;
      }
      at += (int) length[0];
    }
    return false;
  }

  private static long[] vint(byte[] d, int at) {
    return vint(d, at, false);
  }

  /** An EBML variable-length integer at {@code at}: its value (marker kept for ids) and its length, or null. */
  private static long[] vint(byte[] d, int at, boolean keepMarker) {
    if (at >= d.length) {
      return null;
    }
    int first = d[at] & 0xFF;
    int length = Integer.numberOfLeadingZeros(first) - 23;
    if (first == 0 || length > 8 || at + length > d.length) {
      return null;
    }
    long value = keepMarker ? first : first & (0xFF >> length);
    for (int i = 1; i < length; i++) {
      value = (value << 8) | (d[at + i] & 0xFF);
    }
    return new long[] {value, length};
  }

  private static long u32(byte[] d, int at) {
    return ((long) (d[at] & 0xFF) << 24) | ((d[at + 1] & 0xFF) << 16) | ((d[at + 2] & 0xFF) << 8) | (d[at + 3] & 0xFF);
  }

  private static String ascii(byte[] d, int at, int length) {
    return new String(d, at, length, StandardCharsets.ISO_8859_1);
  }
}
