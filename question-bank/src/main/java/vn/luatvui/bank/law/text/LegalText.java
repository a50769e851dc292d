package vn.luatvui.bank.law.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The body of a document: its preamble ("Căn cứ Hiến pháp …"), its divisions and Điều in order, and
 * its closing block (the adoption formula and the signature).
 */
public record LegalText(List<String> preamble, List<Node> body, List<String> closing) {
  public static final LegalText EMPTY = new LegalText(List.of(), List.of(), List.of());

  public LegalText {
    preamble = List.copyOf(preamble);
    body = List.copyOf(body);
    closing = List.copyOf(closing);
  }

  /** Every Điều in order, whatever division holds it. */
  public List<Article> articles() {
    List<Article> out = new ArrayList<>();
    collect(body, out);
    return out;
  }

  public Optional<Article> article(String number) {
    return articles().stream().filter(a -> a.number().equals(number)).findFirst();
  }

  /** The unit at the path, if the text has it. */
  public Optional<Unit> find(ProvisionPath path) {
    Optional<Article> article = article(path.article());
    if (path.clause() == null) {
      return path.point() == null ? article.map(a -> a)
          : article.flatMap(a -> a.points().stream().filter(p -> p.number().equals(path.point())).findFirst());
    }
    Optional<Clause> clause = article.flatMap(a -> a.clause(path.clause()));
    return path.point() == null ? clause.map(c -> c) : clause.flatMap(c -> c.point(path.point()));
  }

  /** For each Điều, the headings of the divisions above it, largest first ("Chương I. NHỮNG QUY ĐỊNH CHUNG"). */
  public java.util.Map<String, List<String>> divisions() {
    java.util.Map<String, List<String>> out = new java.util.HashMap<>();
    walk(body, List.of(), out);
    return out;
  }

  private static void walk(List<Node> nodes, List<String> above, java.util.Map<String, List<String>> out) {
    for (Node n : nodes) {
      if (n instanceof Article a) {
        out.put(a.number(), above);
      } else if (n instanceof Division d) {
        List<String> next = new ArrayList<>(above);
        next.add(d.name().isEmpty() ? d.heading() : d.heading() + ". " + d.name());
        walk(d.children(), List.copyOf(next), out);
      }
    }
  }

  private static void collect(List<Node> nodes, List<Article> out) {
    for (Node n : nodes) {
      if (n instanceof Article a) {
        out.add(a);
      } else if (n instanceof Division d) {
        collect(d.children(), out);
      }
    }
  }
}
