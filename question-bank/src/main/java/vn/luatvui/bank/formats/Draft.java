package vn.luatvui.bank.formats;

import java.util.ArrayList;
import java.util.List;
import vn.luatvui.bank.question.Audience;
import vn.luatvui.bank.question.Choice;
import vn.luatvui.bank.question.Citation;
import vn.luatvui.bank.question.MultiSelectScoring;
import vn.luatvui.bank.question.QuestionContent;
import vn.luatvui.bank.question.QuestionType;
import vn.luatvui.bank.question.Visibility;

/** A question being assembled from one row or block of a file; null fields are what the file left out. */
final class Draft {
  QuestionType type;
  String text;
  List<Choice> choices = new ArrayList<>();
  List<String> accepted = new ArrayList<>();
  String explanation;
  List<Citation> citations = new ArrayList<>();
  List<String> tags = new ArrayList<>();
  Integer difficulty;
  Audience audience;
  Visibility visibility;
  MultiSelectScoring scoring;
  String imageUrl;
  String imageAlt;
  Integer timeLimitSeconds;
  Integer points;
  String key;

  /** The content, with the import's defaults for what is missing (citation and explanation aside). */
  QuestionContent content(ImportOptions options) {
    return new QuestionContent(type, text, choices, accepted, explanation, citations,
        tags.isEmpty() ? options.defaultTags() : tags,
        difficulty == null ? options.defaultDifficulty() : difficulty,
        audience == null ? options.defaultAudience() : audience,
        visibility, scoring, imageUrl, imageAlt);
  }
}
