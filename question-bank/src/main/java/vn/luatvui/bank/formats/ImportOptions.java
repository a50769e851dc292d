package vn.luatvui.bank.formats;

import java.util.List;
import java.util.function.IntConsumer;
import vn.luatvui.bank.question.Audience;
import vn.luatvui.bank.question.Citation;

/**
 * What the import wizard fills in where a file is silent.
 *
 * @param defaultCitation         cited by every question that has no citation of its own (Kahoot
 *                                and Aiken files never have one). In those two formats, which have
 *                                no explanation either, the explanation becomes a pointer to this
 *                                citation ("Căn cứ khoản 1 Điều 8 văn bản số …"). Null: questions
 *                                without a citation are errors.
 * @param defaultTimeLimitSeconds for questions without a time limit
 * @param defaultPoints           for questions without points
 * @param defaultTags             for questions without tags
 * @param defaultDifficulty       for questions without a difficulty (1–3)
 * @param defaultAudience         for questions without an audience
 * @param images                  the image files that came with the sheet (a ZIP) or in it (Moodle XML); null: none
 * @param rowsRead                hears how many rows (or text blocks) holding a question were read so far, as the
 *                                reading goes (the wizard's progress); never null
 */
public record ImportOptions(Citation defaultCitation, int defaultTimeLimitSeconds, int defaultPoints,
                            List<String> defaultTags, int defaultDifficulty, Audience defaultAudience,
                            ImageFiles images, IntConsumer rowsRead) {

  public ImportOptions {
    defaultTags = defaultTags == null ? List.of() : List.copyOf(defaultTags);
    defaultAudience = defaultAudience == null ? Audience.MOI_NGUOI : defaultAudience;
    rowsRead = rowsRead == null ? rows -> { } : rowsRead;
  }

  public ImportOptions(Citation defaultCitation, int defaultTimeLimitSeconds, int defaultPoints,
                       List<String> defaultTags, int defaultDifficulty, Audience defaultAudience, ImageFiles images) {
    this(defaultCitation, defaultTimeLimitSeconds, defaultPoints, defaultTags, defaultDifficulty, defaultAudience,
        images, null);
  }

  /** The same options telling {@code listener} how many rows were read so far. */
  public ImportOptions withRowsRead(IntConsumer listener) {
    return new ImportOptions(defaultCitation, defaultTimeLimitSeconds, defaultPoints, defaultTags, defaultDifficulty,
        defaultAudience, images, listener);
  }

  /** No default citation, 20 seconds, 1000 points, no tags, difficulty 1, everyone. */
  public static ImportOptions defaults() {
    return new ImportOptions(null, 20, 1000, List.of(), 1, Audience.MOI_NGUOI, null);
  }

  /** The same options with the citation chosen in the wizard. */
  public ImportOptions withDefaultCitation(Citation citation) {
    return new ImportOptions(citation, defaultTimeLimitSeconds, defaultPoints, defaultTags, defaultDifficulty,
        defaultAudience, images, rowsRead);
  }

  /** The same options with these tags for questions that have none. */
  public ImportOptions withDefaultTags(List<String> tags) {
    return new ImportOptions(defaultCitation, defaultTimeLimitSeconds, defaultPoints, tags, defaultDifficulty,
        defaultAudience, images, rowsRead);
  }

  /** The same options with image files to take images from. */
  public ImportOptions withImages(ImageFiles files) {
    return new ImportOptions(defaultCitation, defaultTimeLimitSeconds, defaultPoints, defaultTags, defaultDifficulty,
        defaultAudience, files, rowsRead);
  }
}
