package vn.luatvui.bank.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import vn.luatvui.bank.media.MediaPaths;
import vn.luatvui.bank.media.StoredImage;

class ZipImportTest {
  private static final String HEADER = "Câu hỏi,Phương án 1,Phương án 2,Đáp án đúng,Giải thích,Trích dẫn,Ảnh,Mô tả ảnh\n";
  private static final String CITED = "Bị cấm.,\"Điều 8, 36/2024/QH15\"";

  static byte[] png(Color colour) throws IOException {
    BufferedImage image = new BufferedImage(80, 60, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(colour);
    g.fillRect(0, 0, 80, 60);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  static byte[] zip(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static ImportResult read(byte[] file, ImageFiles images) {
    return QuestionImporter.read(QuestionFormat.CSV_LUATVUI, new ByteArrayInputStream(file),
        ImportOptions.defaults().withImages(images));
  }

  @Test
  void rowsNamingImagesInTheZipGetStoredImagesAndEveryProblemIsReportedAtItsCell() throws IOException {
    String csv = HEADER
        + "Biển này cấm gì?,Đỗ xe,Dừng xe,1," + CITED + ",anh/bien-cam.png,Biển tròn viền đỏ có gạch chéo\n"
        + "Biển này cũng cấm gì?,Đỗ xe,Dừng xe,1," + CITED + ",BIEN-CAM.PNG,Biển cấm đỗ xe\n"
        + "Câu thiếu ảnh?,Có,Không,1," + CITED + ",x.png,Không có\n"
        + "Câu ảnh giả?,Có,Không,1," + CITED + ",gia.png,Tệp chữ\n"
        + "Câu thiếu mô tả?,Có,Không,1," + CITED + ",anh/bien-cam.png,\n";
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("cau-hoi.csv", csv.getBytes(StandardCharsets.UTF_8));
    entries.put("anh/bien-cam.png", png(Color.RED));
    entries.put("gia.png", "không phải ảnh".getBytes(StandardCharsets.UTF_8));
    entries.put("__MACOSX/._bien-cam.png", new byte[] {0, 5, 22, 7});

    try (ImageFiles images = new ImageFiles()) {
      ImportResult result = read(zip(entries), images);

      assertThat(result.questions()).extracting(ImportedQuestion::row).containsExactly(2, 3);
      String path = result.questions().get(0).content().imageUrl();
      assertThat(MediaPaths.isStored(path)).isTrue();
      assertThat(result.questions().get(1).content().imageUrl()).isEqualTo(path);
      assertThat(result.questions().get(0).content().imageAlt()).isEqualTo("Biển tròn viền đỏ có gạch chéo");
      assertThat(result.errors()).extracting(ImportError::describe).containsExactly(
          "Dòng 4, cột G (Ảnh): Ảnh “x.png” không có trong tệp ZIP.",
          "Dòng 5, cột G (Ảnh): Ảnh “gia.png”: tệp không phải là ảnh PNG, JPEG, GIF hay WebP.",
          "Dòng 6, cột H (Mô tả ảnh): Hãy mô tả ảnh bằng lời (cho người không xem được ảnh).");
      List<StoredImage> stored = images.load(List.of(path));
      assertThat(stored).singleElement().satisfies(s -> assertThat(s.path()).isEqualTo(path));
    }
  }

  @Test
  void anImageFileNameWithoutAZipIsExplained() {
    String csv = HEADER + "Biển này cấm gì?,Đỗ xe,Dừng xe,1," + CITED + ",bien.png,Biển cấm\n";
    ImportResult result = QuestionImporter.read(QuestionFormat.CSV_LUATVUI,
        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), ImportOptions.defaults());
    assertThat(result.errors()).extracting(ImportError::describe).singleElement().asString()
        .startsWith("Dòng 2, cột G (Ảnh): Ảnh “bien.png” là tên tệp: hãy nhập tệp ZIP");
  }

  @Test
  void aPlainSheetStillImportsWhenImagesMayCome() throws IOException {
    String csv = HEADER + "Biển này cấm gì?,Đỗ xe,Dừng xe,1," + CITED + ",https://anh.example.vn/a.png,\n";
    try (ImageFiles images = new ImageFiles()) {
      ImportResult result = read(csv.getBytes(StandardCharsets.UTF_8), images);
      assertThat(result.errors()).isEmpty();
      assertThat(result.questions().get(0).content().imageUrl()).isEqualTo("https://anh.example.vn/a.png");
    }
  }

  @Test
  void aZipLeavingItsFolderIsRefusedWhole() throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("cau-hoi.csv", HEADER.getBytes(StandardCharsets.UTF_8));
    entries.put("../../etc/cron.d/x.png", png(Color.BLUE));
    try (ImageFiles images = new ImageFiles()) {
      assertThat(read(zip(entries), images).errors()).extracting(ImportError::describe).singleElement().asString()
          .contains("tên tệp không an toàn").contains("../../etc/cron.d/x.png");
    }
  }

  @Test
  void aZipBombIsRefused() throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("cau-hoi.csv", (HEADER + "x".repeat(5 * 1024 * 1024)).getBytes(StandardCharsets.UTF_8));
    try (ImageFiles images = new ImageFiles()) {
      assertThat(read(zip(entries), images).errors()).extracting(ImportError::describe).singleElement().asString()
          .contains("zip bomb");
    }
  }

  @Test
  void aZipWithTwoSheetsOrNoneIsRefused() throws IOException {
    Map<String, byte[]> two = new LinkedHashMap<>();
    two.put("a.csv", HEADER.getBytes(StandardCharsets.UTF_8));
    two.put("b.xlsx", new byte[] {1});
    Map<String, byte[]> none = Map.of("a.png", png(Color.GREEN));
    try (ImageFiles images = new ImageFiles()) {
      assertThat(read(zip(two), images).errors().get(0).message()).contains("có 2 bảng tính");
      assertThat(read(zip(none), new ImageFiles()).errors().get(0).message()).contains("không có bảng tính");
    }
  }
}
