package vn.luatvui.server.course;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.luatvui.server.course.domain.CourseProgress;

/**
 * The certificate as a PDF (A4 landscape) in Vietnamese, the DejaVu Sans font embedded (subset) so that every
 * diacritic shows on any reader: the person's name, organisation, course, date, score, code, and a QR code
 * of the public verification page.
 */
final class CertificatePdf {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private CertificatePdf() {
  }

  static byte[] render(Certificates.Certificate c) {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDRectangle a4 = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
      PDPage page = new PDPage(a4);
      doc.addPage(page);
      PDFont regular = font(doc, "fonts/DejaVuSans.ttf");
      PDFont bold = font(doc, "fonts/DejaVuSans-Bold.ttf");
      float w = a4.getWidth();
      float h = a4.getHeight();
      try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
        s.setStrokingColor(0.12f, 0.32f, 0.55f);
        s.setLineWidth(3);
        s.addRect(24, 24, w - 48, h - 48);
        s.stroke();
        centred(s, bold, 14, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", w, h - 70);
        centred(s, regular, 12, "Độc lập - Tự do - Hạnh phúc", w, h - 88);
        centred(s, bold, 30, "CHỨNG NHẬN", w, h - 150);
        centred(s, regular, 14, "hoàn thành khóa học trực tuyến", w, h - 175);
        centred(s, bold, 24, c.personName(), w, h - 230);
        if (c.orgName() != null) {
          centred(s, regular, 14, c.orgName(), w, h - 255);
        }
        centred(s, regular, 14, "đã hoàn thành khóa học", w, h - 295);
        centred(s, bold, 18, c.courseTitle(), w, h - 322);
        centred(s, regular, 13, "Điểm bài kiểm tra cuối khóa: " + c.score() + "/" + c.maxScore() + " ("
            + CourseProgress.percent(c.score(), c.maxScore()) + "%)", w, h - 355);
        centred(s, regular, 13, "Ngày cấp: " + DAY.format(c.issuedAt().atZoneSameInstant(VIETNAM)), w, h - 375);
        text(s, regular, 11, "Mã chứng nhận: " + c.code(), 60, 90);
        text(s, regular, 10, "Kiểm tra tại: " + c.verifyUrl(), 60, 72);
        qr(s, c.verifyUrl(), w - 60 - 110, 50, 110);
      }
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static PDFont font(PDDocument doc, String resource) throws IOException {
    try (InputStream in = CertificatePdf.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("Font missing from the build: " + resource);
      }
      return PDType0Font.load(doc, in);
    }
  }

  private static void centred(PDPageContentStream s, PDFont font, float size, String text, float width, float y)
      throws IOException {
    float fitted = size;
    while (font.getStringWidth(text) / 1000 * fitted > width - 120 && fitted > 8) {
      fitted -= 1;
    }
    float x = (width - font.getStringWidth(text) / 1000 * fitted) / 2;
    text(s, font, fitted, text, x, y);
  }

  private static void text(PDPageContentStream s, PDFont font, float size, String text, float x, float y) throws IOException {
    s.beginText();
    s.setFont(font, size);
    s.newLineAtOffset(x, y);
    s.showText(text);
    s.endText();
  }

  /** The QR code as filled squares (vector: sharp at any print size). */
  private static void qr(PDPageContentStream s, String text, float x, float y, float side) throws IOException {
    BitMatrix m;
    try {
      m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
          Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
    } catch (WriterException e) {
      throw new IllegalStateException("The verification address does not fit a QR code", e);
    }
    float cell = side / m.getWidth();
    s.setNonStrokingColor(0f, 0f, 0f);
    for (int row = 0; row < m.getHeight(); row++) {
      for (int col = 0; col < m.getWidth(); col++) {
        if (m.get(col, row)) {
          s.addRect(x + col * cell, y + side - (row + 1) * cell, cell, cell);
        }
      }
    }
    s.fill();
  }
}
