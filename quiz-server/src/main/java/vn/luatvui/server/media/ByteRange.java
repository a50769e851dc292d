package vn.luatvui.server.media;

/**
 * One range of bytes a client asks for (RFC 9110 §14.2): {@code bytes=first-last}, {@code bytes=first-}
 * or the last n bytes, {@code bytes=-n}. Players ask for one range at a time; several in one header are
 * not served (a multipart answer buys a video player nothing).
 *
 * @param first the first byte served, from 0
 * @param last  the last byte served, included
 */
public record ByteRange(long first, long last) {
  /** What a Range header asks of a file of {@code size} bytes. */
  public sealed interface Asked permits Whole, Part, Unsatisfiable {
  }

  /** No Range header (or one in a unit other than bytes): the whole file, 200. */
  public record Whole() implements Asked {
  }

  /** One satisfiable range: 206. */
  public record Part(ByteRange range) implements Asked {
  }

  /** A range past the end, a malformed one, or several: 416. */
  public record Unsatisfiable() implements Asked {
  }

  public long length() {
    return last - first + 1;
  }

  /** The Content-Range of this part of a file of {@code size} bytes. */
  public String contentRange(long size) {
    return "bytes " + first + "-" + last + "/" + size;
  }

  public static Asked parse(String header, long size) {
    if (header == null || !header.regionMatches(true, 0, "bytes=", 0, 6)) {
      return new Whole();
    }
    String spec = header.substring(6).strip();
    if (spec.contains(",")) {
      return new Unsatisfiable();
    }
    int dash = spec.indexOf('-');
    if (dash < 0) {
      return new Unsatisfiable();
    }
    Long from = number(spec.substring(0, dash).strip());
    Long to = number(spec.substring(dash + 1).strip());
    String before = spec.substring(0, dash).strip();
    String after = spec.substring(dash + 1).strip();
    if (before.isEmpty()) {
      if (to == null || to == 0 || size == 0) {
        return new Unsatisfiable();
      }
      return new Part(new ByteRange(Math.max(0, size - to), size - 1));
    }
    if (from == null || (!after.isEmpty() && (to == null || to < from)) || from >= size) {
      return new Unsatisfiable();
    }
    long last = after.isEmpty() ? size - 1 : Math.min(to, size - 1);
    return new Part(new ByteRange(from, last));
  }

  /** A run of digits as a number, or null (signs, spaces and overflow are not numbers here). */
  private static Long number(String digits) {
    if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return null;
    }
    return Long.parseLong(digits);
  }
}
