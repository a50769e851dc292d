package vn.luatvui.bank.question;

import java.util.List;

/** Fixtures: well-formed questions of each type, to be varied by a test. */
public final class Questions {
  public static final Citation CHILD_AGE = new Citation("102/2016/QH13", 1, null, null, "Trẻ em là người dưới 16 tuổi.");

  private Questions() {
  }

  public static QuestionContent singleChoice() {
    return new QuestionContent(QuestionType.SINGLE_CHOICE, "Theo Luật Trẻ em 2016, trẻ em là người dưới bao nhiêu tuổi?",
        List.of(new Choice("16 tuổi", true), new Choice("18 tuổi", false), new Choice("15 tuổi", false)),
        List.of(), "Điều 1 Luật Trẻ em quy định trẻ em là người dưới 16 tuổi.", List.of(CHILD_AGE),
        List.of("Trẻ em"), 1, Audience.THCS, Visibility.PUBLIC, null, null);
  }

  public static QuestionContent of(QuestionType type, List<Choice> choices, List<String> accepted) {
    QuestionContent base = singleChoice();
    return new QuestionContent(type, base.text(), choices, accepted, base.explanation(), base.citations(), base.tags(),
        base.difficulty(), base.audience(), base.visibility(), null, null);
  }
}
