package vn.luatvui.bank.formats;

/**
 * One {@code <answer fraction="…">} of a Moodle question: its plain text, its fraction (100 right,
 * 0 wrong, negative a penalty; for ordering the position) and its feedback.
 */
record MoodleAnswer(String text, double fraction, String feedback) {

  /** The answer, or null when it cannot be read (then reported at the question's row, naming the answer). */
  static MoodleAnswer of(XmlNode node, int number, String at, int row, Collector out) {
    String column = at + " › <answer> " + number;
    String raw = node.attribute("fraction");
    double fraction;
    try {
      fraction = raw == null ? 0 : Double.parseDouble(raw.strip());
    } catch (NumberFormatException e) {
      out.error(row, column, "Thuộc tính fraction phải là một số (đang là " + Values.quote(raw) + ").");
      return null;
    }
    if (Double.isNaN(fraction) || Double.isInfinite(fraction)) {
      out.error(row, column, "Thuộc tính fraction phải là một số (đang là " + Values.quote(raw) + ").");
      return null;
    }
    String text = MoodleXmlFormat.plain(node);
    if (text.isEmpty()) {
      out.error(row, column, "Đáp án " + number + " (dòng " + node.line + ") đang trống.");
      return null;
    }
    return new MoodleAnswer(text, fraction, MoodleXmlFormat.plain(node.child("feedback")));
  }
}
