package vn.luatvui.bank.media;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Turns uploaded bytes into a {@link StoredImage}, or refuses them. The bytes must be a PNG, JPEG,
 * GIF or WebP by their first bytes (the file name counts for nothing); the picture's size is read
 * from its header and refused above {@link #MAX_SOURCE_PIXELS} before anything is decoded (a
 * small file can claim a huge picture); the picture is then decoded, which proves it is one,
 * shrunk so its longest side is at most {@link #MAX_SIDE} and written anew, without any metadata
 * (camera, place) or bytes that followed it: PNG for graphics (transparency, few colours), JPEG
 * for photos. The stored image is named by the SHA-256 of the written bytes.
 */
public final class Images {
  /** Uploads larger than this are refused. */
  public static final int MAX_BYTES = 10 * 1024 * 1024;
  /** The longest side of a stored image, in pixels: sharp on a phone, small to send. */
  public static final int MAX_SIDE = 1280;
  /** Pictures with more pixels than this are refused unread (40 megapixels). */
  public static final long MAX_SOURCE_PIXELS = 40_000_000L;
  /** Pictures with a side longer than this are refused unread. */
  public static final int MAX_SOURCE_SIDE = 16_000;
  /** Graphics have at most this many colours; more, and the picture is stored as a photo (JPEG). */
  private static final int GRAPHIC_COLOURS = 256;
  private static final float JPEG_QUALITY = 0.85f;

  static {
    // A server has no screen; pictures are drawn in memory only.
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  private Images() {
  }

  /** Checks, decodes, shrinks and re-encodes the bytes; {@link ImageRefused} says why not. */
  public static StoredImage prepare(byte[] data) throws ImageRefused {
    if (data == null || data.length == 0) {
      throw new ImageRefused("Tệp ảnh trống (0 byte).");
    }
    if (data.length > MAX_BYTES) {
      throw new ImageRefused("Ảnh lớn hơn 10 MB. Hãy chọn ảnh nhỏ hơn.");
    }
    String format = sniff(data);
    if (format == null) {
      throw new ImageRefused("Tệp không phải là ảnh PNG, JPEG, GIF hay WebP.");
    }
    BufferedImage picture = decode(data, format);
    boolean graphic = !"jpeg".equals(format) && (picture.getColorModel().hasAlpha() || fewColours(picture));
    BufferedImage shrunk = fit(picture, graphic);
    byte[] written = graphic ? writePng(shrunk) : writeJpeg(shrunk);
    return new StoredImage(sha256(written), graphic ? "image/png" : "image/jpeg", written,
        shrunk.getWidth(), shrunk.getHeight());
  }

  /** The format the first bytes announce: png, jpeg, gif, webp, or null for none of them. */
  static String sniff(byte[] d) {
    if (starts(d, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return "png";
    }
    if (starts(d, 0, 0xFF, 0xD8, 0xFF)) {
      return "jpeg";
    }
    if (starts(d, 0, 'G', 'I', 'F', '8') && d.length > 5 && (d[4] == '7' || d[4] == '9') && d[5] == 'a') {
      return "gif";
    }
    if (starts(d, 0, 'R', 'I', 'F', 'F') && starts(d, 8, 'W', 'E', 'B', 'P')) {
      return "webp";
    }
    return null;
  }

  private static boolean starts(byte[] d, int at, int... expected) {
    if (d.length < at + expected.length) {
      return false;
    }
    for (int i = 0; i < expected.length; i++) {
      if ((d[at + i] & 0xFF) != expected[i]) {
        return false;
      }
    }
    return true;
  }

  private static BufferedImage decode(byte[] data, String format) throws ImageRefused {
    Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
    if (!readers.hasNext()) {
      throw new ImageRefused("Máy chủ không đọc được ảnh " + format.toUpperCase(Locale.ROOT) + ".");
    }
    ImageReader reader = readers.next();
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
      reader.setInput(in, true, true);
      int width;
      int height;
      try {
        width = reader.getWidth(0);
        height = reader.getHeight(0);
      } catch (IOException | RuntimeException e) {
        throw new ImageRefused("Không đọc được ảnh (tệp hỏng hoặc không phải ảnh).");
      }
      if (width <= 0 || height <= 0 || width > MAX_SOURCE_SIDE || height > MAX_SOURCE_SIDE
          || (long) width * height > MAX_SOURCE_PIXELS) {
        throw new ImageRefused("Ảnh quá lớn (" + width + " × " + height + " điểm ảnh; tối đa 40 triệu điểm ảnh, "
            + "mỗi cạnh tối đa " + MAX_SOURCE_SIDE + ").");
      }
      ImageReadParam param = reader.getDefaultReadParam();
      int step = Math.max(1, Math.max(width, height) / (2 * MAX_SIDE));
      param.setSourceSubsampling(step, step, 0, 0);
      BufferedImage picture = reader.read(0, param);
      if (picture == null) {
        throw new ImageRefused("Không đọc được ảnh (tệp hỏng hoặc không phải ảnh).");
      }
      return picture;
    } catch (ImageRefused e) {
      throw e;
    } catch (IOException | RuntimeException | OutOfMemoryError e) {
      throw new ImageRefused("Không đọc được ảnh (tệp hỏng hoặc không phải ảnh).");
    } finally {
      reader.dispose();
    }
  }

  /** Whether the picture has few colours (a diagram, a chart, a screenshot of text), judged on a grid of samples. */
  private static boolean fewColours(BufferedImage picture) {
    Set<Integer> seen = new HashSet<>();
    int stepX = Math.max(1, picture.getWidth() / 200);
    int stepY = Math.max(1, picture.getHeight() / 200);
    for (int y = 0; y < picture.getHeight(); y += stepY) {
      for (int x = 0; x < picture.getWidth(); x += stepX) {
        seen.add(picture.getRGB(x, y));
        if (seen.size() > GRAPHIC_COLOURS) {
          return false;
        }
      }
    }
    return true;
  }

  /** The picture at most {@link #MAX_SIDE} on its longest side, in plain RGB (or ARGB for a graphic). */
  private static BufferedImage fit(BufferedImage picture, boolean graphic) {
    int w = picture.getWidth();
    int h = picture.getHeight();
    double scale = Math.min(1.0, (double) MAX_SIDE / Math.max(w, h));
    int tw = Math.max(1, (int) Math.round(w * scale));
    int th = Math.max(1, (int) Math.round(h * scale));
    BufferedImage out = new BufferedImage(tw, th, graphic ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    try {
      if (!graphic) {
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, tw, th);
      }
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.drawImage(picture, 0, 0, tw, th, null);
    } finally {
      g.dispose();
    }
    return out;
  }

  private static byte[] writePng(BufferedImage image) throws ImageRefused {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, "png", out)) {
        throw new ImageRefused("Không ghi được ảnh PNG.");
      }
    } catch (IOException e) {
      throw new ImageRefused("Không ghi được ảnh PNG.");
    }
    return out.toByteArray();
  }

  private static byte[] writeJpeg(BufferedImage image) throws ImageRefused {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(stream);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(JPEG_QUALITY);
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new ImageRefused("Không ghi được ảnh JPEG.");
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }

  /** 64 lower-case hex digits. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
