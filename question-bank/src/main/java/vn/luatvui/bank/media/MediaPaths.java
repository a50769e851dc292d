package vn.luatvui.bank.media;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Addresses of stored images on this server: {@code /media/<sha256>.png} or {@code .jpg}. */
public final class MediaPaths {
  /** Where stored images are served from. */
  public static final String PREFIX = "/media/";
  private static final Pattern FILE = Pattern.compile("([0-9a-f]{64})\\.(png|jpg)");
  private static final Pattern PATH = Pattern.compile(Pattern.quote(PREFIX) + FILE.pattern());

  private MediaPaths() {
  }

  public static String path(String sha256, String extension) {
    return PREFIX + sha256 + "." + extension;
  }

  static String extension(String mediaType) {
    return "image/png".equals(mediaType) ? "png" : "jpg";
  }

  /** The media type a stored image's extension stands for. */
  public static String mediaType(String extension) {
    return "png".equals(extension) ? "image/png" : "image/jpeg";
  }

  /** Whether the address is that of a stored image on this server. */
  public static boolean isStored(String url) {
    return url != null && PATH.matcher(url).matches();
  }

  /** The hash in a stored image's address (or file name "&lt;sha256&gt;.png"), or null when it is not one. */
  public static String sha256(String urlOrFile) {
    if (urlOrFile == null) {
      return null;
    }
    Matcher m = (urlOrFile.startsWith(PREFIX) ? PATH : FILE).matcher(urlOrFile);
    return m.matches() ? m.group(1) : null;
  }

  /** The extension in a stored image's address or file name, or null. */
  public static String extensionOf(String urlOrFile) {
    if (urlOrFile == null) {
      return null;
    }
    Matcher m = (urlOrFile.startsWith(PREFIX) ? PATH : FILE).matcher(urlOrFile);
    return m.matches() ? m.group(2) : null;
  }
}
