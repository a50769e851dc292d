package vn.luatvui.bank.formats;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import vn.luatvui.bank.question.Choice;
import vn.luatvui.bank.question.MultiSelectScoring;
import vn.luatvui.bank.question.QuestionContent;
import vn.luatvui.bank.question.QuestionType;
import vn.luatvui.bank.text.VietnameseText;

/**
 * How a row of question, type, options, correct answer, time, image, explanation and citation
 * columns becomes a question: what Wayground's template holds, and what a user maps the columns of
 * any other sheet to. The correct answer is option numbers ({@code 2}, {@code 1,3}), letters
 * ({@code B}, {@code A,C}) or an option's text; a type-answer question's accepted answers are its
 * options, or the correct cell split at {@code |}.
 */
final class Mapping {
  static final String QUESTION = "question";
  static final String TYPE = "type";
  static final String CORRECT = "correct";
  static final String TIME = "time";
  static final String IMAGE = "image";
  /** What the image shows, in words (required with an image file). */
  static final String IMAGE_ALT = "imagealt";
  static final String EXPLANATION = "explanation";
  static final String CITATION = "citation";
  /** Every role a column can be mapped to: these and option1 … option6. */
  static final List<String> ROLES = roles();
  private static final Pattern LETTERS = Pattern.compile("(?i)[a-f](\\s*[,;\\s]\\s*[a-f])*");
  private static final Pattern CITED = Pattern.compile("(?iu)(?:căn cứ|can cu|trích dẫn|trich dan)\\s*:");

  private Mapping() {
  }

  private static List<String> roles() {
    List<String> r = new ArrayList<>(List.of(QUESTION, TYPE, CORRECT, TIME, IMAGE, EXPLANATION, CITATION, IMAGE_ALT));
    IntStream.rangeClosed(1, MappedLayout.MAX_OPTIONS).forEach(n -> r.add("option" + n));
    return List.copyOf(r);
  }

  /** Reads one row; {@code type} turns a Type cell into a type (null with an error reported when it cannot). */
  static void readRow(RowReader r, Collector out, List<String> optionKeys,
                      BiFunction<RowReader, String, QuestionType> type) {
    Draft d = new Draft();
    d.text = r.get(QUESTION);
    List<String> texts = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (String key : optionKeys) {
      String a = r.get(key);
      if (a != null) {
        texts.add(a);
        keys.add(key);
      }
    }
    String typeCell = r.get(TYPE);
    QuestionType given = typeCell == null ? null : type.apply(r, typeCell);
    if (typeCell != null && given == null) {
      return;
    }
    String correctCell = r.get(CORRECT);
    Integer time = r.integer(TIME, "Thời gian");
    if (time != null && Values.timeLimitProblem(time) != null) {
      r.error(TIME, Values.timeLimitProblem(time));
    }
    d.timeLimitSeconds = time;
    d.imageUrl = r.get(IMAGE);
    d.imageAlt = r.header.has(IMAGE_ALT) ? r.get(IMAGE_ALT) : null;
    explanation(r.get(EXPLANATION), d, r);
    String cited = r.get(CITATION);
    if (cited != null) {
      Citations.Parsed parsed = Citations.parse(cited);
      parsed.problems().forEach(p -> r.error(CITATION, p));
      d.citations.addAll(parsed.citations());
    }
    QuestionType kind = given != null ? given
        : texts.isEmpty() && correctCell != null ? QuestionType.TYPE_ANSWER : null;
    if (kind == QuestionType.TYPE_ANSWER) {
      d.type = kind;
      d.accepted = new ArrayList<>(!texts.isEmpty() ? texts
          : correctCell == null ? List.of() : List.of(correctCell.split("\\|")));
    } else if (kind == QuestionType.POLL || kind == QuestionType.ORDERING) {
      d.type = kind;
      d.choices = texts.stream().map(t -> new Choice(t, kind == QuestionType.ORDERING)).toList();
    } else {
      Set<Integer> correct = correct(r, correctCell, texts, keys);
      d.choices = IntStream.range(0, texts.size()).mapToObj(i -> new Choice(texts.get(i), correct.contains(i))).toList();
      d.type = kind != null && kind != QuestionType.SINGLE_CHOICE ? kind : correct.size() > 1 && kind == null
          ? QuestionType.MULTIPLE_SELECT : trueFalse(texts) ? QuestionType.TRUE_FALSE : QuestionType.SINGLE_CHOICE;
      if (d.type == QuestionType.MULTIPLE_SELECT) {
        d.scoring = MultiSelectScoring.ALL_OR_NOTHING;
      }
    }
    out.accept(r.row, d, field -> column(r, field, keys));
  }

  private static String column(RowReader r, String field, List<String> keys) {
    if (field.equals("text")) {
      return r.header.name(QUESTION);
    }
    if (field.startsWith("choices[") || field.startsWith("accepted[")) {
      int i = Integer.parseInt(field.replaceAll("\\D", ""));
      return i < keys.size() ? r.header.name(keys.get(i)) : r.header.name(CORRECT);
    }
    if (field.startsWith("choices") || field.startsWith("accepted")) {
      return r.header.has(CORRECT) ? r.header.name(CORRECT) : r.header.range(keys);
    }
    if (field.startsWith("citations")) {
      return r.header.has(CITATION) ? r.header.name(CITATION) : r.header.name(EXPLANATION);
    }
    return switch (field) {
      case "explanation" -> r.header.name(EXPLANATION);
      case "imageUrl" -> r.header.name(IMAGE);
      case "imageAlt" -> r.header.has(IMAGE_ALT) ? r.header.name(IMAGE_ALT) : r.header.name(IMAGE);
      default -> null;
    };
  }

  /** Indexes (into the non-empty options) of the correct ones; problems reported at the Correct column. */
  private static Set<Integer> correct(RowReader r, String cell, List<String> texts, List<String> keys) {
    Set<Integer> found = new LinkedHashSet<>();
    if (cell == null) {
      return found;
    }
    List<Integer> numbers = Values.numbers(cell);
    if (numbers == null && LETTERS.matcher(cell.strip()).matches()) {
      numbers = cell.strip().toUpperCase(Locale.ROOT).chars().filter(Character::isLetter).map(c -> c - 'A' + 1)
          .boxed().toList();
    }
    if (numbers == null) {
      String folded = VietnameseText.fold(cell);
      for (int i = 0; i < texts.size(); i++) {
        if (VietnameseText.fold(texts.get(i)).equals(folded)) {
          found.add(i);
          return found;
        }
      }
      r.error(CORRECT, "Đáp án đúng ghi bằng số thứ tự phương án (2 hoặc 1,3), chữ cái (B hoặc A,C) hoặc đúng nội dung "
          + "một phương án (đang là " + Values.quote(cell) + ").");
      return found;
    }
    for (int n : numbers) {
      String key = "option" + n;
      if (!keys.contains(key)) {
        r.error(CORRECT, "Đáp án đúng là phương án " + n + " nhưng phương án " + n + " đang trống hoặc không có.");
      } else {
        found.add(keys.indexOf(key));
      }
    }
    return found;
  }

  private static boolean trueFalse(List<String> texts) {
    if (texts.size() != 2) {
      return false;
    }
    Boolean a = Labels.truth(texts.get(0));
    Boolean b = Labels.truth(texts.get(1));
    return a != null && b != null && !a.equals(b);
  }

  /** An explanation cell: the explanation, then citations after "Căn cứ:". */
  private static void explanation(String text, Draft d, RowReader r) {
    if (text == null) {
      return;
    }
    String nfc = VietnameseText.nfc(text);
    Matcher m = CITED.matcher(nfc);
    int start = -1;
    int end = -1;
    while (m.find()) {
      start = m.start();
      end = m.end();
    }
    if (start < 0) {
      d.explanation = nfc;
      return;
    }
    d.explanation = nfc.substring(0, start).strip();
    Citations.Parsed parsed = Citations.parse(nfc.substring(end));
    parsed.problems().forEach(p -> r.error(EXPLANATION, p));
    d.citations.addAll(parsed.citations());
  }

  /** The explanation and "Căn cứ: …" citations in one cell, as {@link #explanation} reads them back. */
  static String feedback(QuestionContent c) {
    String cited = c.citations().isEmpty() ? null : "Căn cứ: " + Citations.format(c.citations());
    if (c.explanation() == null) {
      return cited;
    }
    return cited == null ? c.explanation() : c.explanation() + "\n\n" + cited;
  }
}
