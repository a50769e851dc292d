package vn.luatvui.bank.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SizeLimitTest {
  private static final long OVER_LIMIT = 50L * 1024 * 1024 + 1024;

  /** A file a little over 50 MB, made up while it is read: a plausible beginning, then spaces. */
  private static InputStream hugeFile(String beginning) {
    byte[] head = beginning.getBytes(StandardCharsets.UTF_8);
    return new InputStream() {
      private long position;

      @Override
      public int read() {
        if (position >= OVER_LIMIT) {
          return -1;
        }
        return position < head.length ? head[(int) position++] & 0xFF : spaces(position++);
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (position >= OVER_LIMIT) {
          return -1;
        }
        int n = (int) Math.min(len, OVER_LIMIT - position);
        for (int i = 0; i < n; i++) {
          b[off + i] = (byte) read();
        }
        return n;
      }

      private int spaces(long ignored) {
        return ' ';
      }
    };
  }

  private static String beginning(QuestionFormat format) {
    switch (format) {
      case XLSX_KAHOOT:
      case XLSX_LUATVUI:
      case XLSX_WAYGROUND:
        return "PK\u0003\u0004";
      case CSV_KAHOOT:
      case CSV_LUATVUI:
      case CSV_WAYGROUND:
        return "Question,Answer 1,Answer 2,Correct answer(s)\nCâu hỏi?,A,B,\"1";
      case JSON:
        return "{\"format\": \"luatvui-questions\", \"version\": 1, \"questions\": [";
      case AIKEN:
        return "Câu hỏi?\nA. Có\nB. Không";
      case MOODLE_XML:
        return "<?xml version=\"1.0\"?><quiz><question type=\"truefalse\"><questiontext><text>Câu hỏi";
      default:
        return "::q1:: Câu hỏi? {=A ~B";
    }
  }

  @ParameterizedTest
  @EnumSource(QuestionFormat.class)
  void a_file_over_50_mb_is_refused_with_one_clear_error(QuestionFormat format) {
    ImportResult result = QuestionImporter.read(format, hugeFile(beginning(format)), ImportOptions.defaults());

    assertThat(result.questions()).isEmpty();
    assertThat(result.errors()).singleElement().satisfies(e -> {
      assertThat(e.row()).isZero();
      assertThat(e.message()).contains("lớn hơn 50 MB");
    });
  }
}
