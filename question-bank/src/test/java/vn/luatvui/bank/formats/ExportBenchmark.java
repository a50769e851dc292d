package vn.luatvui.bank.formats;

import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import vn.luatvui.bank.question.Audience;
import vn.luatvui.bank.question.Choice;
import vn.luatvui.bank.question.Citation;
import vn.luatvui.bank.question.QuestionContent;
import vn.luatvui.bank.question.QuestionType;
import vn.luatvui.bank.question.Visibility;

/**
 * The writers alone: N questions (default 100,000) written in every format to a counting sink, the
 * questions made as they are written (as a database cursor yields them), so the figure is the
 * format's own cost without PostgreSQL or HTTP. Run with
 * {@code java -Xmx1g -cp … vn.luatvui.bank.formats.ExportBenchmark [questions] [formats…]}.
 */
public final class ExportBenchmark {
  private static final String[] SUBJECTS = {"người điều khiển xe mô tô", "trẻ em dưới 16 tuổi", "học sinh THPT",
      "người sử dụng mạng xã hội", "doanh nghiệp nhỏ"};

  private ExportBenchmark() {
  }

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    List<QuestionFormat> formats = args.length > 1
        ? java.util.Arrays.stream(args).skip(1).map(QuestionFormat::valueOf).toList() : List.of(QuestionFormat.values());
    for (QuestionFormat format : formats) {
      long[] bytes = {0};
      OutputStream sink = new OutputStream() {
        @Override
        public void write(int b) {
          bytes[0]++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
          bytes[0] += len;
        }
      };
      long start = System.nanoTime();
      int written = QuestionExporter.write(format, () -> questions(n), sink);
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf("%-15s %,7d questions written, %6.1f MB, in %5.1f s%n", format, written, bytes[0] / 1e6, seconds);
    }
  }

  /** Questions shaped like the bank's (four options, a citation, an explanation), varied so texts do not repeat. */
  private static Iterator<ExportedQuestion> questions(int n) {
    Random random = new Random(42);
    return new Iterator<>() {
      private int i;

      @Override
      public boolean hasNext() {
        return i < n;
      }

      @Override
      public ExportedQuestion next() {
        int k = ++i;
        String subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
        int article = 1 + random.nextInt(120);
        QuestionContent c = new QuestionContent(QuestionType.SINGLE_CHOICE,
            "Câu " + k + ": theo quy định hiện hành, " + subject + " có phải chịu trách nhiệm không?",
            List.of(new Choice("Có, theo Điều " + article, true), new Choice("Không", false),
                new Choice("Tùy trường hợp " + (k % 97), false), new Choice("Chỉ khi được cho phép " + (k % 89), false)),
            List.of(), "Giải thích số " + k + ": " + subject + " cần nắm quy định tại Điều " + article + ".",
            List.of(new Citation("36/2024/QH15", article, 1 + random.nextInt(5), null, null)),
            List.of("giao thông"), 1, Audience.MOI_NGUOI, Visibility.PUBLIC, null, null);
        return new ExportedQuestion(c, 20, 1000, null);
      }
    };
  }
}
