package vn.luatvui.bank.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ImagesTest {

  /** A diagram: two flat colours. */
  static byte[] png(int width, int height) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    g.setColor(Color.RED);
    g.fillRect(width / 4, height / 4, width / 2, height / 2);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  /** A photo: noise of many colours. */
  static byte[] jpeg(int width, int height) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Random random = new Random(7);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        image.setRGB(x, y, random.nextInt(0xFFFFFF));
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "jpeg", out);
    return out.toByteArray();
  }

  @Test
  void aDiagramIsKeptAsPngNamedByTheHashOfItsBytes() throws Exception {
    StoredImage stored = Images.prepare(png(300, 200));

    assertThat(stored.mediaType()).isEqualTo("image/png");
    assertThat(stored.width()).isEqualTo(300);
    assertThat(stored.height()).isEqualTo(200);
    assertThat(stored.sha256()).isEqualTo(Images.sha256(stored.bytes())).hasSize(64);
    assertThat(stored.path()).isEqualTo("/media/" + stored.sha256() + ".png");
    assertThat(MediaPaths.isStored(stored.path())).isTrue();
    assertThat(ImageIO.read(new ByteArrayInputStream(stored.bytes())).getRGB(150, 100)).isEqualTo(Color.RED.getRGB());
  }

  @Test
  void aLargePhotoIsShrunkToTheLongestSideAndStoredAsJpeg() throws Exception {
    StoredImage stored = Images.prepare(jpeg(3000, 1500));

    assertThat(stored.mediaType()).isEqualTo("image/jpeg");
    assertThat(stored.width()).isEqualTo(Images.MAX_SIDE);
    assertThat(stored.height()).isEqualTo(640);
    BufferedImage back = ImageIO.read(new ByteArrayInputStream(stored.bytes()));
    assertThat(back.getWidth()).isEqualTo(1280);
    assertThat(stored.path()).endsWith(".jpg");
  }

  @Test
  void theSameUploadGivesTheSameName() throws Exception {
    byte[] file = png(64, 64);
    assertThat(Images.prepare(file).sha256()).isEqualTo(Images.prepare(file.clone()).sha256());
  }

  @Test
  void aTextFileNamedPngIsRefused() {
    byte[] text = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Images.prepare(text)).isInstanceOf(ImageRefused.class)
        .hasMessageContaining("không phải là ảnh");
  }

  @Test
  void aTruncatedPngIsRefused() throws Exception {
    byte[] file = png(200, 200);
    byte[] half = java.util.Arrays.copyOf(file, 60);
    assertThatThrownBy(() -> Images.prepare(half)).isInstanceOf(ImageRefused.class)
        .hasMessageContaining("Không đọc được ảnh");
  }

  @Test
  void anEmptyOrOversizedFileIsRefused() {
    assertThatThrownBy(() -> Images.prepare(new byte[0])).hasMessageContaining("trống");
    byte[] huge = new byte[Images.MAX_BYTES + 1];
    huge[0] = (byte) 0x89;
    assertThatThrownBy(() -> Images.prepare(huge)).hasMessageContaining("10 MB");
  }

  @Test
  void aSmallFileClaimingAHugePictureIsRefusedBeforeDecoding() throws Exception {
    // A 1 × 1 PNG whose header claims 60,000 × 60,000 pixels (3.6 billion): a decompression bomb.
    byte[] bomb = withSize(png(1, 1), 60_000, 60_000);
    assertThat(bomb.length).isLessThan(1000);
    assertThatThrownBy(() -> Images.prepare(bomb)).isInstanceOf(ImageRefused.class)
        .hasMessageContaining("Ảnh quá lớn").hasMessageContaining("60000 × 60000");
    byte[] wide = withSize(png(1, 1), 20_000, 100);
    assertThatThrownBy(() -> Images.prepare(wide)).hasMessageContaining("Ảnh quá lớn");
  }

  @Test
  void aPolyglotKeepsOnlyThePicture() throws Exception {
    // A real PNG with a script after its end: browsers sniffing it could run it; the stored copy is re-encoded.
    byte[] picture = png(40, 40);
    byte[] script = "<script>alert(document.cookie)</script>".getBytes(StandardCharsets.UTF_8);
    byte[] polyglot = ByteBuffer.allocate(picture.length + script.length).put(picture).put(script).array();

    StoredImage stored = Images.prepare(polyglot);

    assertThat(new String(stored.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("<script>");
    assertThat(stored.sha256()).isEqualTo(Images.prepare(picture).sha256());
  }

  @Test
  void anHtmlPageWithAPngInsideIsRefused() throws Exception {
    byte[] html = "<html>".getBytes(StandardCharsets.UTF_8);
    byte[] picture = png(10, 10);
    byte[] both = ByteBuffer.allocate(html.length + picture.length).put(html).put(picture).array();
    assertThatThrownBy(() -> Images.prepare(both)).hasMessageContaining("không phải là ảnh");
  }

  @Test
  void metadataIsNotKept() throws Exception {
    // A PNG with a text chunk (as cameras and editors write: author, place) before its image data.
    byte[] picture = png(20, 20);
    byte[] chunk = chunk("tEXt", "Author\0Nguyen Van A, Ha Noi".getBytes(StandardCharsets.ISO_8859_1));
    byte[] tagged = ByteBuffer.allocate(picture.length + chunk.length).put(picture, 0, 33).put(chunk)
        .put(picture, 33, picture.length - 33).array();
    assertThat(new String(tagged, StandardCharsets.ISO_8859_1)).contains("Nguyen Van A");

    StoredImage stored = Images.prepare(tagged);

    assertThat(new String(stored.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("Nguyen Van A");
  }

  @Test
  void mediaPathsAreRecognised() {
    String sha = "a".repeat(64);
    assertThat(MediaPaths.sha256("/media/" + sha + ".jpg")).isEqualTo(sha);
    assertThat(MediaPaths.sha256(sha + ".png")).isEqualTo(sha);
    assertThat(MediaPaths.isStored("/media/" + sha + ".gif")).isFalse();
    assertThat(MediaPaths.isStored("/media/../" + sha + ".png")).isFalse();
    assertThat(MediaPaths.isStored("https://example.vn/a.png")).isFalse();
  }

  /** The PNG with its IHDR width and height replaced (and its checksum redone). */
  private static byte[] withSize(byte[] png, int width, int height) {
    byte[] copy = png.clone();
    ByteBuffer b = ByteBuffer.wrap(copy);
    b.putInt(16, width).putInt(20, height);
    CRC32 crc = new CRC32();
    crc.update(copy, 12, 17);
    b.putInt(29, (int) crc.getValue());
    return copy;
  }

  private static byte[] chunk(String type, byte[] data) {
    ByteBuffer b = ByteBuffer.allocate(12 + data.length);
    b.putInt(data.length).put(type.getBytes(StandardCharsets.ISO_8859_1)).put(data);
    CRC32 crc = new CRC32();
    crc.update(b.array(), 4, 4 + data.length);
    b.putInt((int) crc.getValue());
    return b.array();
  }
}
