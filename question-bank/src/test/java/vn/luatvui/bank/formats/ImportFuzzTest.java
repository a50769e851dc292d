package vn.luatvui.bank.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.luatvui.bank.question.QuestionContent;
import vn.luatvui.bank.question.QuestionRules;

/**
 * Every import parser (XLSX, CSV in both layouts, JSON, Aiken, GIFT) fed random bytes and
 * mutations of valid files — cut short, bytes flipped, separators inserted, a huge cell — never
 * throws: the outcome is always an import report, with errors by row and column (or row 0 for the
 * file as a whole), short messages, and only questions the rules accept. The number of cases per
 * property is set in {@code junit-platform.properties} (a larger run is documented there).
 */
class ImportFuzzTest {
  private static final List<String> SEPARATORS = List.of(",", ";", "\n", "\r\n", "\"", "{", "}", "=", "~", "#",
      "::", "####", "ANSWER: A", "A. ", "$CATEGORY: x", "[", "]", ":", "\\", "\u0000", "\uFEFF", "Điều ");
  private static final Map<QuestionFormat, byte[]> VALID = new ConcurrentHashMap<>();

  private static byte[] valid(QuestionFormat format) {
    return VALID.computeIfAbsent(format, f -> {
      List<ExportedQuestion> questions = new ArrayList<>();
      List<QuestionContent> kinds = Fixtures.everyType();
      for (int i = 0; i < kinds.size(); i++) {
        questions.add(Fixtures.exported(kinds.get(i), i));
      }
      return Fixtures.write(f, questions);
    });
  }

  @Property
  void random_bytes_give_a_report(@ForAll QuestionFormat format, @ForAll("bytes") byte[] bytes) {
    check(format, bytes);
  }

  @Property
  void mutated_valid_files_give_a_report(@ForAll QuestionFormat format, @ForAll("mutations") Mutation mutation) {
    check(format, mutation.apply(valid(format)));
  }

  @Property(tries = 30)
  void mutated_valid_files_with_a_huge_cell_give_a_report(@ForAll QuestionFormat format,
                                                         @ForAll("positions") double where) {
    byte[] file = valid(format);
    int at = (int) (where * file.length);
    byte[] huge = "x".repeat(200_000).getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[file.length + huge.length];
    System.arraycopy(file, 0, out, 0, at);
    System.arraycopy(huge, 0, out, at, huge.length);
    System.arraycopy(file, at, out, at + huge.length, file.length - at);
    check(format, out);
  }

  private static void check(QuestionFormat format, byte[] bytes) {
    ImportResult result = QuestionImporter.read(format, new ByteArrayInputStream(bytes), Fixtures.withRoadLaw());

    assertThat(result).isNotNull();
    assertThat(result.ok() || !result.errors().isEmpty()).isTrue();
    assertThat(result.questions().isEmpty() && result.errors().isEmpty()).as("says something").isFalse();
    for (ImportError e : result.errors()) {
      assertThat(e.row()).isNotNegative();
      assertThat(e.message()).isNotBlank().hasSizeLessThanOrEqualTo(400);
      assertThat(e.column() == null || e.column().length() <= 80).isTrue();
    }
    for (ImportedQuestion q : result.questions()) {
      assertThat(QuestionRules.check(q.content())).isEmpty();
    }
  }

  @Provide
  Arbitrary<byte[]> bytes() {
    return Arbitraries.oneOf(
        Arbitraries.bytes().array(byte[].class).ofMaxSize(2000),
        Arbitraries.strings().all().ofMaxLength(500).map(s -> s.getBytes(StandardCharsets.UTF_8)),
        Arbitraries.of(SEPARATORS).list().ofMaxSize(200).map(l -> String.join("", l).getBytes(StandardCharsets.UTF_8)));
  }

  @Provide
  Arbitrary<Double> positions() {
    return Arbitraries.doubles().between(0, 1);
  }

  /** A change to a valid file. */
  interface Mutation {
    byte[] apply(byte[] file);
  }

  @Provide
  Arbitrary<Mutation> mutations() {
    Arbitrary<Mutation> cut = positions().map(p -> f -> Arrays.copyOf(f, (int) (p * f.length)));
    Arbitrary<Mutation> flip = Combinators.combine(positions(), Arbitraries.bytes()).as((p, b) -> f -> {
      byte[] out = f.clone();
      if (out.length > 0) {
        out[Math.min(out.length - 1, (int) (p * out.length))] ^= (byte) (b == 0 ? 1 : b);
      }
      return out;
    });
    Arbitrary<Mutation> insert = Combinators.combine(positions(), Arbitraries.of(SEPARATORS)).as((p, sep) -> f -> {
      int at = (int) (p * f.length);
      byte[] s = sep.getBytes(StandardCharsets.UTF_8);
      byte[] out = new byte[f.length + s.length];
      System.arraycopy(f, 0, out, 0, at);
      System.arraycopy(s, 0, out, at, s.length);
      System.arraycopy(f, at, out, at + s.length, f.length - at);
      return out;
    });
    Arbitrary<Mutation> one = Arbitraries.oneOf(cut, flip, insert);
    return one.list().ofMinSize(1).ofMaxSize(4).map(list -> f -> {
      byte[] out = f;
      for (Mutation m : list) {
        out = m.apply(out);
      }
      return out;
    });
  }
}
