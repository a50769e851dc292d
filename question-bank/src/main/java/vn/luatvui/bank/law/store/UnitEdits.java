package vn.luatvui.bank.law.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import vn.luatvui.bank.law.text.Article;
import vn.luatvui.bank.law.text.Clause;
import vn.luatvui.bank.law.text.Point;
import vn.luatvui.bank.law.text.Unit;
import vn.luatvui.bank.law.text.UnitNumbers;

/** Pure edits of units: replace, insert in order, remove, or replace a phrase in one unit. */
final class UnitEdits {
  private UnitEdits() {
  }

  /** The list with the element of that number replaced (or removed when the operator returns null). */
  static <U extends Unit> List<U> edit(List<U> units, String number, UnaryOperator<U> op) {
    List<U> out = new ArrayList<>(units.size());
    for (U u : units) {
      if (u.number().equals(number)) {
        U edited = op.apply(u);
        if (edited != null) {
          out.add(edited);
        }
      } else {
        out.add(u);
      }
    }
    return out;
  }

  /** The list with the unit put in its place by number order (clauses by number, points by letter). */
  static <U extends Unit> List<U> insert(List<U> units, U unit, boolean letters) {
    List<U> out = new ArrayList<>(units);
    int at = 0;
    while (at < out.size() && (letters ? UnitNumbers.LETTER_ORDER : UnitNumbers.NUMBER_ORDER)
        .compare(out.get(at).number(), unit.number()) < 0) {
      at++;
    }
    out.add(at, unit);
    return out;
  }

  /** Every line of the unit with the phrase replaced (its sub-units and an article's title too). */
  @SuppressWarnings("unchecked")
  static <U extends Unit> U replacePhrase(U unit, String old, String replacement) {
    Unit edited;
    if (unit instanceof Point p) {
      edited = new Point(p.number(), lines(p.text(), old, replacement));
    } else if (unit instanceof Clause c) {
      edited = new Clause(c.number(), lines(c.text(), old, replacement),
          c.points().stream().map(p -> replacePhrase(p, old, replacement)).toList());
    } else {
      Article a = (Article) unit;
      edited = new Article(a.number(), a.title().replace(old, replacement), lines(a.text(), old, replacement),
          a.clauses().stream().map(c -> replacePhrase(c, old, replacement)).toList(),
          a.points().stream().map(p -> replacePhrase(p, old, replacement)).toList());
    }
    return (U) edited;
  }

  private static List<String> lines(List<String> lines, String old, String replacement) {
    return lines.stream().map(l -> l.replace(old, replacement)).toList();
  }
}
