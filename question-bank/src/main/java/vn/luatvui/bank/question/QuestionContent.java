package vn.luatvui.bank.question;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.luatvui.bank.text.VietnameseText;

/**
 * What a question says, in one version: everything an author writes. Status, author and history
 * live beside it, not in it.
 *
 * @param choices   the options; for ORDERING, in their correct order; empty for TYPE_ANSWER
 * @param accepted  accepted answers of a TYPE_ANSWER question; empty otherwise
 * @param scoring   how a MULTIPLE_SELECT answer scores; null for other types
 * @param imageUrl  optional illustration: a stored image ({@code /media/<sha256>.png|jpg}), another
 *                  address on this server, or an https link
 * @param imageAlt  what the illustration shows, in words (Vietnamese), for those who cannot see it;
 *                  required with a stored image
 */
public record QuestionContent(
    QuestionType type,
    String text,
    List<Choice> choices,
    List<String> accepted,
    String explanation,
    List<Citation> citations,
    List<String> tags,
    int difficulty,
    Audience audience,
    Visibility visibility,
    MultiSelectScoring scoring,
    String imageUrl,
    String imageAlt) {

  public QuestionContent {
    choices = choices == null ? List.of() : List.copyOf(choices);
    accepted = accepted == null ? List.of() : List.copyOf(accepted);
    citations = citations == null ? List.of() : List.copyOf(citations);
    tags = tags == null ? List.of() : List.copyOf(tags);
    audience = audience == null ? Audience.MOI_NGUOI : audience;
    visibility = visibility == null ? Visibility.PUBLIC : visibility;
    if (type == QuestionType.MULTIPLE_SELECT && scoring == null) {
      scoring = MultiSelectScoring.ALL_OR_NOTHING;
    }
  }

  /** Content without a description of its image (links kept from before images had one). */
  public QuestionContent(QuestionType type, String text, List<Choice> choices, List<String> accepted,
                         String explanation, List<Citation> citations, List<String> tags, int difficulty,
                         Audience audience, Visibility visibility, MultiSelectScoring scoring, String imageUrl) {
    this(type, text, choices, accepted, explanation, citations, tags, difficulty, audience, visibility, scoring,
        imageUrl, null);
  }

  /** The same content with another image (null for none) and its description. */
  public QuestionContent withImage(String url, String alt) {
    return new QuestionContent(type, text, choices, accepted, explanation, citations, tags, difficulty, audience,
        visibility, scoring, url, alt);
  }

  /**
   * The same content with every text in NFC and trimmed, tags lower-cased and de-duplicated,
   * empty optional texts made null. Everything entering the bank passes through here.
   */
  public QuestionContent normalized() {
    return new QuestionContent(
        type,
        clean(text),
        choices.stream().map(c -> new Choice(clean(c.text()), c.correct())).toList(),
        accepted.stream().map(QuestionContent::clean).filter(Objects::nonNull).toList(),
        clean(explanation),
        citations.stream().map(c -> new Citation(clean(c.document()), c.article(), c.clause(),
            c.point() == null ? null : clean(c.point().toLowerCase(Locale.ROOT)), clean(c.quote()))).toList(),
        List.copyOf(new LinkedHashSet<>(tags.stream().map(QuestionContent::clean).filter(Objects::nonNull)
            .map(t -> t.toLowerCase(Locale.ROOT)).toList())),
        difficulty,
        audience,
        visibility,
        type == QuestionType.MULTIPLE_SELECT ? scoring : null,
        clean(imageUrl),
        imageUrl == null || clean(imageUrl) == null ? null : clean(imageAlt));
  }

  /** The choices marked correct, in order. */
  public List<Choice> correctChoices() {
    return choices.stream().filter(Choice::correct).toList();
  }

  /** The documents this content cites, each once. */
  public List<String> citedDocuments() {
    return citations.stream().map(Citation::document).distinct().toList();
  }

  private static String clean(String s) {
    if (s == null) {
      return null;
    }
    String t = VietnameseText.nfc(s).strip();
    return t.isEmpty() ? null : t;
  }
}
