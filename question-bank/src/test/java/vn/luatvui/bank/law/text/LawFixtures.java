package vn.luatvui.bank.law.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The fixture documents: a code (901/2020/QH14), a law amending it (902/2024/QH15), a law replacing it (903/2026/QH15). */
public final class LawFixtures {
  public static final String CODE = "901/2020/QH14";
  public static final String AMENDING = "902/2024/QH15";
  public static final String REPLACING = "903/2026/QH15";

  private LawFixtures() {
  }

  public static String text(String file) {
    try (InputStream in = LawFixtures.class.getResourceAsStream("/legal-store-fixtures/" + file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static LawDocument document(String number) {
    String file = number.replace('/', '-') + ".txt";
    return LegalTextFormat.parse(file, text(file));
  }

  public static List<LawDocument> all() {
    return List.of(document(CODE), document(AMENDING), document(REPLACING));
  }

  /** A minimal valid header followed by the given body lines. */
  public static String withHeader(String coverage, String... body) {
    return String.join("\n", "Số hiệu: 1/2030/QH16", "Tên: Luật Thử", "Loại: Luật", "Cơ quan ban hành: Quốc hội",
        "Ngày thông qua: 2030-01-01", "Hiệu lực từ: 2030-07-01", "Nguồn: https://vanban.example.vn/thu",
        "Ngày đọc: 2030-01-02", "Văn bản: " + coverage, "---") + "\n" + String.join("\n", body) + "\n";
  }
}
