package vn.luatvui.bank.law.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Khoản: a numbered paragraph of an Điều ({@code 1.}, {@code 3a.}).
 *
 * @param number its number
 * @param text   its first line's text (after "1. ") and the đoạn that follow it before its first điểm
 * @param points its điểm, in order
 */
public record Clause(String number, List<String> text, List<Point> points) implements Unit {
  public Clause {
    text = List.copyOf(text);
    points = List.copyOf(points);
  }

  public Optional<Point> point(String letter) {
    return points.stream().filter(p -> p.number().equals(letter)).findFirst();
  }

  @Override
  public List<String> render() {
    List<String> out = new ArrayList<>();
    Unit.labelled(out, number + ". ", text);
    return Unit.withPoints(out, points);
  }
}
