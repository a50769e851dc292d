package vn.luatvui.bank.law.text;

import java.util.List;

/**
 * Phần, Chương, Mục or Tiểu mục, with its number as printed ({@code thứ nhất}, {@code I}, {@code 1})
 * and its name, holding smaller divisions and Điều in order.
 */
public record Division(DivisionKind kind, String number, String name, List<Node> children) implements Node {
  public Division {
    children = List.copyOf(children);
  }

  /** The heading as printed: "Chương I", "Phần thứ nhất". */
  public String heading() {
    return kind.label() + " " + number;
  }
}
