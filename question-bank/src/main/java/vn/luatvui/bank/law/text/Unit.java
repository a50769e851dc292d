package vn.luatvui.bank.law.text;

import java.util.ArrayList;
import java.util.List;

/** A unit of text that can be cited and changed: Điều, khoản or điểm. */
public sealed interface Unit permits Article, Clause, Point {
  /** Its number or letter: {@code 256a}, {@code 3a}, {@code đ}. */
  String number();

  /** Its lines in the layout of the body ("3. …", "a) …"), its sub-units included. */
  List<String> render();

  /** Its text as one string, lines joined by new lines. */
  default String plainText() {
    return String.join("\n", render());
  }

  /** Lines of a unit whose first line carries its label and whose following lines are đoạn. */
  static void labelled(List<String> out, String label, List<String> text) {
    if (text.isEmpty()) {
      out.add(label.strip());
      return;
    }
    out.add(label + text.get(0));
    out.addAll(text.subList(1, text.size()));
  }

  /** Each point's lines after the given ones. */
  static List<String> withPoints(List<String> lines, List<Point> points) {
    List<String> out = new ArrayList<>(lines);
    points.forEach(p -> out.addAll(p.render()));
    return out;
  }
}
