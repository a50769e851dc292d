package vn.luatvui.bank.law.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Điều: the unit citations point at.
 *
 * @param number  its number ({@code 9}, {@code 256a})
 * @param title   its name ("Quyền của trẻ em")
 * @param text    its own đoạn before its first khoản
 * @param clauses its khoản, in order
 * @param points  điểm directly under the Điều (when it has no khoản)
 */
public record Article(String number, String title, List<String> text, List<Clause> clauses, List<Point> points)
    implements Unit, Node {
  public Article {
    text = List.copyOf(text);
    clauses = List.copyOf(clauses);
    points = List.copyOf(points);
  }

  public Optional<Clause> clause(String number) {
    return clauses.stream().filter(c -> c.number().equals(number)).findFirst();
  }

  /** The heading line as printed: "Điều 9. Quyền của trẻ em". */
  public String heading() {
    return ("Điều " + number + ". " + title).strip();
  }

  @Override
  public List<String> render() {
    List<String> out = new ArrayList<>();
    out.add(heading());
    out.addAll(text);
    clauses.forEach(c -> out.addAll(c.render()));
    return Unit.withPoints(out, points);
  }
}
