package vn.luatvui.bank.media;

import java.util.Objects;

/**
 * An image as the bank keeps it: re-encoded bytes (no metadata), named by the SHA-256 of those bytes.
 *
 * @param sha256    64 lower-case hex digits of the bytes' hash
 * @param mediaType image/png or image/jpeg
 */
public record StoredImage(String sha256, String mediaType, byte[] bytes, int width, int height) {
  public StoredImage {
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(bytes, "bytes");
  }

  /** The file name extension: png or jpg. */
  public String extension() {
    return MediaPaths.extension(mediaType);
  }

  /** The address questions refer to it by, on this server: /media/&lt;sha256&gt;.&lt;ext&gt;. */
  public String path() {
    return MediaPaths.path(sha256, extension());
  }

  /** The file name it takes in an export: &lt;sha256&gt;.&lt;ext&gt;. */
  public String fileName() {
    return sha256 + "." + extension();
  }
}
