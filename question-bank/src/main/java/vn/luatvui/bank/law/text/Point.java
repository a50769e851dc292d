package vn.luatvui.bank.law.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Điểm: a lettered item ({@code a)}, {@code đ)}, {@code a1)}) of a khoản or of an Điều.
 *
 * @param number its letter
 * @param text   its first line's text (after "a) ") and the đoạn that follow
 */
public record Point(String number, List<String> text) implements Unit {
  public Point {
    text = List.copyOf(text);
  }

  @Override
  public List<String> render() {
    List<String> out = new ArrayList<>();
    Unit.labelled(out, number + ") ", text);
    return out;
  }
}
