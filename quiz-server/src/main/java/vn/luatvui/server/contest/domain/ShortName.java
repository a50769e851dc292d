package vn.luatvui.server.contest.domain;

import java.util.Locale;

/**
 * A contestant's name as the public sees it on rankings (tên rút gọn): the family name, then the
 * initial of every other name — "Nguyễn Văn An" is "Nguyễn V. A.". Full names are for the organiser.
 */
public final class ShortName {
  private ShortName() {
  }

  /** The shortened name; empty for a name that has been erased. */
  public static String of(String fullName) {
    if (fullName == null || fullName.isBlank()) {
      return "";
    }
    String[] words = fullName.strip().split("\\s+");
    StringBuilder out = new StringBuilder(words.length == 1 ? initial(words[0]) : words[0]);
    for (int i = 1; i < words.length; i++) {
      out.append(' ').append(initial(words[i]));
    }
    return out.toString();
  }

  private static String initial(String word) {
    int first = word.codePointAt(0);
    return new String(Character.toChars(first)).toUpperCase(Locale.ROOT) + ".";
  }
}
