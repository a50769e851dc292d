package vn.luatvui.bank.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTML of a Moodle {@code <text format="html">} as the plain text a question holds: tags
 * dropped (never interpreted: a script's content is dropped with it), line breaks kept where the
 * HTML makes them ({@code <br>}, the end of a paragraph, list item, heading, table row), spaces
 * collapsed as a browser collapses them, character references decoded. Images are listed apart,
 * so the caller can keep an address or warn about an embedded file. One pass over the characters,
 * no regular expression over the whole text, so a hostile text costs linear time.
 */
final class HtmlText {
  private static final Pattern ALT = Pattern.compile("(?i)\\balt\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))");
  private static final Pattern SRC = Pattern.compile("(?i)\\bsrc\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))");
  private static final List<String> BLOCKS = List.of("p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
      "blockquote", "pre", "ul", "ol", "table");
  private static final Map<String, String> ENTITIES = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
      "apos", "'", "nbsp", "\u00A0", "ndash", "–", "mdash", "—", "hellip", "…");

  private HtmlText() {
  }

  /** The text of some HTML, and the {@code src} and {@code alt} (null when none) of each image in it, in order. */
  record Converted(String text, List<String> images, List<String> alts) {
  }

  static Converted convert(String html) {
    StringBuilder out = new StringBuilder(html.length());
    List<String> images = new ArrayList<>();
    List<String> alts = new ArrayList<>();
    String skipUntil = null;
    int i = 0;
    while (i < html.length()) {
      char ch = html.charAt(i);
      if (ch == '<') {
        int end = html.indexOf('>', i);
        if (end < 0) {
          out.append(html, i, html.length());
          break;
        }
        String tag = html.substring(i + 1, end);
        String name = name(tag);
        if (skipUntil != null) {
          if (name.equals("/" + skipUntil)) {
            skipUntil = null;
          }
        } else if (name.equals("script") || name.equals("style")) {
          skipUntil = name;
        } else if (name.equals("br")) {
          out.append('\n');
        } else if (name.equals("img")) {
          Matcher m = SRC.matcher(tag);
          images.add(m.find() ? decode(first(m)) : "");
          Matcher alt = ALT.matcher(tag);
          String said = alt.find() ? decode(first(alt)).strip() : "";
          alts.add(said.isEmpty() ? null : said);
        } else if (BLOCKS.contains(name.startsWith("/") ? name.substring(1) : name)) {
          out.append('\n');
        }
        i = end + 1;
      } else {
        if (skipUntil == null) {
          out.append(ch);
        }
        i++;
      }
    }
    return new Converted(tidy(decode(collapse(out))), images, alts);
  }

  /** Plain text as Moodle HTML: characters escaped, line breaks as {@code <br>}, repeated spaces kept. */
  static String html(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    char previous = 0;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      switch (ch) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\n' -> sb.append("<br>");
        case '\r' -> {
        }
        case ' ' -> sb.append(previous == ' ' ? "&nbsp;" : " ");
        default -> sb.append(ch);
      }
      previous = ch;
    }
    return sb.toString();
  }

  private static String first(Matcher m) {
    return m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
  }

  private static String name(String tag) {
    int j = 0;
    StringBuilder sb = new StringBuilder();
    while (j < tag.length() && (Character.isLetterOrDigit(tag.charAt(j)) || (j == 0 && tag.charAt(j) == '/'))) {
      sb.append(tag.charAt(j++));
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  /** Runs of spaces, tabs and source line breaks become one space, as a browser shows them. */
  private static String collapse(CharSequence s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == ' ' || ch == '\t' || ch == '\r' || ch == '\f') {
        space = true;
        continue;
      }
      if (space && ch != '\n' && sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
        sb.append(' ');
      }
      space = false;
      sb.append(ch);
    }
    return sb.toString();
  }

  /** Source line breaks were spaces; the ones kept are those tags made ('\n' appended above). */
  private static String tidy(String s) {
    String[] lines = s.replace('\u00A0', ' ').split("\n", -1);
    StringBuilder sb = new StringBuilder(s.length());
    int blank = 0;
    for (String line : lines) {
      String t = line.strip().isEmpty() ? "" : line.replaceAll("^ +| +$", "");
      if (t.isEmpty()) {
        blank++;
        continue;
      }
      if (sb.length() > 0) {
        sb.append(blank > 0 && sb.length() > 0 ? "\n\n" : "\n");
      }
      blank = 0;
      sb.append(t);
    }
    return sb.toString();
  }

  /** Character references: the named ones Moodle's editor writes, and any numeric one. */
  static String decode(String s) {
    if (s.indexOf('&') < 0) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      char ch = s.charAt(i);
      int semi = ch == '&' ? s.indexOf(';', i) : -1;
      if (semi > i && semi - i <= 10) {
        String ref = s.substring(i + 1, semi);
        String value = reference(ref);
        if (value != null) {
          sb.append(value);
          i = semi + 1;
          continue;
        }
      }
      sb.append(ch);
      i++;
    }
    return sb.toString();
  }

  private static String reference(String ref) {
    try {
      if (ref.startsWith("#x") || ref.startsWith("#X")) {
        return new String(Character.toChars(Integer.parseInt(ref.substring(2), 16)));
      }
      if (ref.startsWith("#")) {
        return new String(Character.toChars(Integer.parseInt(ref.substring(1))));
      }
    } catch (IllegalArgumentException e) {
      return null;
    }
    return ENTITIES.get(ref);
  }
}
