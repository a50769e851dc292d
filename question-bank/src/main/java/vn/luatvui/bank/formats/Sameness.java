package vn.luatvui.bank.formats;

import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import vn.luatvui.bank.question.QuestionContent;
import vn.luatvui.bank.question.QuestionType;
import vn.luatvui.bank.text.VietnameseText;

/**
 * When two questions are the same, for imports: the same type, text and answers (answer order
 * aside, except for ordering questions). {@link #exact} compares the NFC text, so "đỗ xe" (park)
 * and "đổ xe" (pour) are two questions; {@link #near} compares folded text (case, diacritics and
 * spacing ignored), which finds questions a person should look at twice but never decides alone.
 */
public final class Sameness {

  private Sameness() {
  }

  /** Equal for questions that are the same once normalised to NFC. */
  public static String exact(QuestionContent c) {
    return key(c.normalized(), s -> s);
  }

  /** Equal for questions that differ at most by case, diacritics and spacing. */
  public static String near(QuestionContent c) {
    return key(c, VietnameseText::fold);
  }

  private static String key(QuestionContent c, UnaryOperator<String> text) {
    UnaryOperator<String> t = s -> s == null ? "" : text.apply(s);
    var choices = c.choices().stream().map(ch -> t.apply(ch.text()) + (ch.correct() ? "\u0001" : ""));
    if (c.type() != QuestionType.ORDERING) {
      choices = choices.sorted();
    }
    return c.type() + "\u0000" + t.apply(c.text()) + "\u0000" + choices.collect(Collectors.joining("\u0002"))
        + "\u0000" + c.accepted().stream().map(t).sorted().collect(Collectors.joining("\u0002"));
  }
}
