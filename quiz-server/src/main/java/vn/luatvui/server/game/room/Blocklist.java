package vn.luatvui.server.game.room;

import java.util.List;
import java.util.Locale;
import vn.luatvui.bank.text.VietnameseText;

/**
 * Offensive words, Vietnamese and English, kept out of nicknames and off the projected screen
 * (typed answers shown at the reveal). Short on purpose: common profanity and slurs, not a censor.
 *
 * <p>Folding drops the diacritics that tell many Vietnamese words apart ("lồn" and "lớn", "cặc" and
 * "các", "đụ" and "du" all fold alike), so the list has three parts:
 * <ul>
 *   <li>{@link #ANYWHERE}: unambiguous in any text; looked for in the fold with everything but letters
 *       removed and common look-alikes mapped (f.u.c.k, sh1t);</li>
 *   <li>{@link #WORDS}: whole words or phrases of the fold (so "ass" blocks, "class" does not);</li>
 *   <li>{@link #MARKED_WORDS}: Vietnamese words that are only offensive with their marks, matched as
 *       whole words of the lower-cased NFC text.</li>
 * </ul>
 */
public final class Blocklist {
  static final List<String> ANYWHERE = List.of(
      "fuck", "shit", "bitch", "nigger", "nigga", "faggot", "asshole", "whore", "pussy", "porn", "ditme", "ditcon");

  static final List<String> WORDS = List.of(
      // English
      "ass", "arse", "dick", "cock", "cunt", "fag", "slut", "twat", "wank", "wanker", "bastard", "rape", "rapist",
      "retard", "nazi", "dickhead", "motherfucker",
      // Vietnamese, folded, and the usual abbreviations
      "dit", "dit me", "dit con", "du ma", "du me", "con cac", "cai lon", "an cut", "do ngu", "suc vat",
      "dm", "dmm", "dcm", "dkm", "dcmm", "vcl", "vkl", "vl", "clgt", "cmm", "cmn", "loz", "cak");

  static final List<String> MARKED_WORDS = List.of(
      "lồn", "cặc", "buồi", "đụ", "địt", "đĩ", "đéo", "dái", "cứt", "điếm");

  private Blocklist() {
  }

  /** Whether the text contains a blocked word. */
  public static boolean blocks(String text) {
    if (text == null || text.isBlank()) {
      return false;
    }
    String folded = VietnameseText.fold(text);
    String compact = compact(folded);
    for (String w : ANYWHERE) {
      if (compact.contains(w)) {
        return true;
      }
    }
    return containsWord(words(folded), WORDS)
        || containsWord(words(VietnameseText.nfc(text).toLowerCase(Locale.ROOT)), MARKED_WORDS);
  }

  /** Letters only, with digits and signs that stand in for letters mapped back (sh1t, @ss). */
  private static String compact(String folded) {
    StringBuilder sb = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = switch (folded.charAt(i)) {
        case '0' -> 'o';
        case '1', '!' -> 'i';
        case '3' -> 'e';
        case '4', '@' -> 'a';
        case '5', '$' -> 's';
        case '7' -> 't';
        default -> folded.charAt(i);
      };
      if (Character.isLetter(c)) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** " word word word " with every run of non-letters, non-digits turned into one space. */
  private static String words(String text) {
    return " " + text.replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
  }

  private static boolean containsWord(String spacedWords, List<String> list) {
    for (String w : list) {
      if (spacedWords.contains(" " + w + " ")) {
        return true;
      }
    }
    return false;
  }
}
