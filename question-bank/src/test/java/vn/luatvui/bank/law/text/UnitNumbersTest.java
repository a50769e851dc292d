package vn.luatvui.bank.law.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The unit numbers are read by hand (they sort thousands of provisions); these pin them to the written rule. */
class UnitNumbersTest {
  /** The rule as the legal text format writes it: Điều and khoản numbers, and điểm letters. */
  private static final Pattern NUMBER = Pattern.compile("\\d{1,4}[a-zđ]?");
  private static final Pattern LETTER = Pattern.compile("[" + UnitNumbers.POINT_LETTERS + "]\\d?");

  @Provide
  Arbitrary<String> unitLike() {
    return Arbitraries.strings().withChars("0123456789abcdđefjzxyA ٣é").ofMinLength(0).ofMaxLength(6);
  }

  @Property(tries = 3000)
  void a_number_is_what_the_rule_says(@ForAll("unitLike") String text) {
    assertThat(UnitNumbers.isNumber(text)).as(text).isEqualTo(NUMBER.matcher(text).matches());
  }

  @Property(tries = 3000)
  void a_letter_is_what_the_rule_says(@ForAll("unitLike") String text) {
    assertThat(UnitNumbers.isLetter(text)).as(text).isEqualTo(LETTER.matcher(text).matches());
  }

  @Test
  void numbers_sort_by_value_then_inserted_letter_and_non_numbers_are_refused() {
    assertThat(UnitNumbers.NUMBER_ORDER.compare("9", "10")).isNegative();
    assertThat(UnitNumbers.NUMBER_ORDER.compare("0256", "256a")).isNegative();
    assertThat(UnitNumbers.NUMBER_ORDER.compare("3đ", "3e")).isNegative();
    assertThatThrownBy(() -> UnitNumbers.NUMBER_ORDER.compare("a", "1")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> UnitNumbers.NUMBER_ORDER.compare("12345", "1")).isInstanceOf(IllegalArgumentException.class);
  }
}
