package vn.luatvui.bank.law.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import vn.luatvui.bank.law.text.Article;
import vn.luatvui.bank.law.text.Change;
import vn.luatvui.bank.law.text.ChangeAction;
import vn.luatvui.bank.law.text.Clause;
import vn.luatvui.bank.law.text.Division;
import vn.luatvui.bank.law.text.LegalText;
import vn.luatvui.bank.law.text.Node;
import vn.luatvui.bank.law.text.Point;
import vn.luatvui.bank.law.text.ProvisionPath;
import vn.luatvui.bank.law.text.Unit;
import vn.luatvui.bank.law.text.UnitNumbers;

/**
 * Applies one change to a text, giving the next text; a change that cannot apply (its target is
 * missing, its unit already exists, its phrase does not occur) is refused with the reason.
 */
final class ChangeApplier {
  private ChangeApplier() {
  }

  /** A change that does not fit the text it targets. */
  static final class Refused extends Exception {
    Refused(String message) {
      super(message, null, false, false);
    }
  }

  static LegalText apply(LegalText text, Change change) throws Refused {
    ProvisionPath target = change.target();
    Optional<Unit> existing = text.find(target);
    if (change.action() == ChangeAction.INSERT) {
      return insert(text, target, change.wording());
    }
    if (existing.isEmpty()) {
      throw new Refused(change.action().label() + " " + target.reference() + " nhưng văn bản không có");
    }
    return switch (change.action()) {
      case AMEND -> replace(text, target, u -> change.wording());
      case REPEAL -> replace(text, target, u -> null);
      default -> {
        if (!existing.get().plainText().contains(change.oldPhrase())) {
          throw new Refused("cụm từ “" + change.oldPhrase() + "” không có trong " + target.reference());
        }
        yield replace(text, target, u -> UnitEdits.replacePhrase(u, change.oldPhrase(), change.newPhrase()));
      }
    };
  }

  private static LegalText replace(LegalText text, ProvisionPath target, UnaryOperator<Unit> op) {
    UnaryOperator<Article> onArticle = switch (target.level()) {
      case ARTICLE -> a -> (Article) op.apply(a);
      case CLAUSE -> a -> withClauses(a, UnitEdits.edit(a.clauses(), target.clause(), c -> (Clause) op.apply(c)));
      case POINT -> target.clause() == null
          ? a -> withPoints(a, UnitEdits.edit(a.points(), target.point(), p -> (Point) op.apply(p)))
          : a -> withClauses(a, UnitEdits.edit(a.clauses(), target.clause(), c -> new Clause(c.number(), c.text(),
              UnitEdits.edit(c.points(), target.point(), p -> (Point) op.apply(p)))));
    };
    return new LegalText(text.preamble(), editArticle(text.body(), target.article(), onArticle), text.closing());
  }

  /** Inserts a new Điều, khoản or điểm at the change's target, in number order. */
  private static LegalText insert(LegalText text, ProvisionPath target, Unit unit) throws Refused {
    if (text.find(target).isPresent()) {
      throw new Refused("bổ sung " + target.reference() + " nhưng văn bản đã có");
    }
    if (unit instanceof Article a) {
      return new LegalText(text.preamble(), insertArticle(text, a), text.closing());
    }
    ProvisionPath parent = target.parent();
    if (text.find(parent).isEmpty()) {
      throw new Refused("bổ sung " + target.reference() + " nhưng văn bản không có " + parent.reference());
    }
    UnaryOperator<Article> onArticle;
    if (unit instanceof Clause c) {
      onArticle = a -> withClauses(a, UnitEdits.insert(a.clauses(), c, false));
    } else if (target.clause() == null) {
      onArticle = a -> withPoints(a, UnitEdits.insert(a.points(), (Point) unit, true));
    } else {
      onArticle = a -> withClauses(a, UnitEdits.edit(a.clauses(), target.clause(),
          c -> new Clause(c.number(), c.text(), UnitEdits.insert(c.points(), (Point) unit, true))));
    }
    return new LegalText(text.preamble(), editArticle(text.body(), target.article(), onArticle), text.closing());
  }

  private static Article withClauses(Article a, List<Clause> clauses) {
    return new Article(a.number(), a.title(), a.text(), clauses, a.points());
  }

  private static Article withPoints(Article a, List<Point> points) {
    return new Article(a.number(), a.title(), a.text(), a.clauses(), points);
  }

  private static List<Node> editArticle(List<Node> nodes, String number, UnaryOperator<Article> op) {
    List<Node> out = new ArrayList<>(nodes.size());
    for (Node n : nodes) {
      if (n instanceof Article a && a.number().equals(number)) {
        Article edited = op.apply(a);
        if (edited != null) {
          out.add(edited);
        }
      } else if (n instanceof Division d) {
        out.add(new Division(d.kind(), d.number(), d.name(), editArticle(d.children(), number, op)));
      } else {
        out.add(n);
      }
    }
    return out;
  }

  /** Puts a new Điều after the last one numbered before it, in the same division. */
  private static List<Node> insertArticle(LegalText text, Article added) {
    String before = null;
    for (Article a : text.articles()) {
      if (UnitNumbers.NUMBER_ORDER.compare(a.number(), added.number()) < 0) {
        before = a.number();
      }
    }
    if (before == null) {
      List<Node> out = new ArrayList<>(text.body());
      out.add(0, added);
      return out;
    }
    return placeAfter(text.body(), before, added);
  }

  private static List<Node> placeAfter(List<Node> nodes, String before, Article added) {
    List<Node> out = new ArrayList<>(nodes.size() + 1);
    for (Node n : nodes) {
      if (n instanceof Division d) {
        out.add(new Division(d.kind(), d.number(), d.name(), placeAfter(d.children(), before, added)));
      } else {
        out.add(n);
        if (((Article) n).number().equals(before)) {
          out.add(added);
        }
      }
    }
    return out;
  }
}
