package vn.luatvui.bank.law.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.luatvui.bank.law.text.Article;
import vn.luatvui.bank.law.text.Change;
import vn.luatvui.bank.law.text.DocumentHeader;
import vn.luatvui.bank.law.text.LawDocument;
import vn.luatvui.bank.law.text.LegalText;
import vn.luatvui.bank.law.text.ProvisionPath;
import vn.luatvui.bank.law.text.TextCoverage;
import vn.luatvui.bank.law.text.Unit;

/**
 * The legal store in memory: documents, the changes between them, and the answers computed from
 * them — a provision as in force on a day, what changed in it and when, a document's status.
 */
public final class LawStore {
  /** A provision whose words a change altered. */
  public record Affected(ProvisionPath path, ProvisionChange change) {
  }

  private record Pending(Change change, String by, LocalDate passed, int order) {
  }

  private final Map<String, LawDocument> documents = new LinkedHashMap<>();
  private final Map<String, List<Pending>> changesTo = new HashMap<>();
  private final Map<String, Timeline> timelines = new HashMap<>();
  private final Map<String, List<String>> replacedBy = new HashMap<>();
  private final Map<String, LocalDate> replacedFrom = new HashMap<>();
  private final List<StoreProblem> problems = new ArrayList<>();

  public LawStore(Collection<LawDocument> all) {
    int order = 0;
    for (LawDocument d : all) {
      if (documents.putIfAbsent(d.number(), d) != null) {
        throw new IllegalArgumentException("văn bản " + d.number() + " có hai lần trong kho");
      }
      for (Change c : d.changes()) {
        changesTo.computeIfAbsent(c.targetDocument(), k -> new ArrayList<>())
            .add(new Pending(c, d.number(), d.header().passed(), order++));
      }
      for (DocumentHeader.Replacement r : d.header().replaces()) {
        replacedBy.computeIfAbsent(r.document(), k -> new ArrayList<>()).add(d.number());
        replacedFrom.merge(r.document(), r.from(), (a, b) -> a.isBefore(b) ? a : b);
      }
    }
    documents.values().forEach(d -> timelines.put(d.number(), build(d)));
  }

  private Timeline build(LawDocument d) {
    List<Pending> pending = new ArrayList<>(changesTo.getOrDefault(d.number(), List.of()));
    pending.sort(Comparator.comparing((Pending p) -> p.change().from()).thenComparing(Pending::passed, Comparator.nullsFirst(Comparator.naturalOrder()))
        .thenComparingInt(Pending::order));
    LegalText text = d.text();
    List<Step> steps = new ArrayList<>();
    for (Pending p : pending) {
      LegalText after = text;
      try {
        after = ChangeApplier.apply(text, p.change());
      } catch (ChangeApplier.Refused e) {
        if (checkable(d, p.change().target())) {
          problems.add(new StoreProblem(p.by(), e.getMessage() + " (" + d.number() + ")"));
        }
      }
      steps.add(new Step(p.change(), p.by(), text, after));
      text = after;
    }
    LocalDate start = d.header().effectiveFrom();
    return new Timeline(start == null ? LocalDate.MIN : start, d.text(), steps);
  }

  /** Before the document's first day in force; a document whose start is not known is taken as started. */
  private static boolean notYetInForce(LawDocument d, LocalDate day) {
    LocalDate start = d.header().effectiveFrom();
    return start != null && day.isBefore(start);
  }

  private static boolean checkable(LawDocument d, ProvisionPath target) {
    return d.header().coverage() == TextCoverage.FULL
        || d.header().coverage() == TextCoverage.PARTIAL && d.text().article(target.article()).isPresent();
  }

  public Collection<LawDocument> documents() {
    return documents.values();
  }

  public Optional<LawDocument> document(String number) {
    return Optional.ofNullable(documents.get(number));
  }

  /** Changes that could not be applied to the text they target. */
  public List<StoreProblem> problems() {
    return List.copyOf(problems);
  }

  /** Every document some document of the store replaces (in the store or not). */
  public java.util.Set<String> replacedDocuments() {
    return java.util.Set.copyOf(replacedBy.keySet());
  }

  /** The documents that replace this one (from their "Thay thế" lines). */
  public List<String> replacedBy(String number) {
    return List.copyOf(replacedBy.getOrDefault(number, List.of()));
  }

  /** The last day the document is in force: its own end, or the day before a replacement starts; null if none. */
  public LocalDate end(String number) {
    LawDocument d = documents.get(number);
    LocalDate own = d == null ? null : d.header().effectiveTo();
    LocalDate replaced = replacedFrom.containsKey(number) ? replacedFrom.get(number).minusDays(1) : null;
    if (own == null || replaced == null) {
      return own != null ? own : replaced;
    }
    return own.isBefore(replaced) ? own : replaced;
  }

  public DocumentStatus status(String number, LocalDate day) {
    LawDocument d = documents.get(number);
    LocalDate end = end(number);
    if (end != null && day.isAfter(end)) {
      return DocumentStatus.OUT_OF_FORCE;
    }
    if (d != null && notYetInForce(d, day)) {
      return DocumentStatus.NOT_YET_IN_FORCE;
    }
    boolean amended = changesTo.getOrDefault(number, List.of()).stream().anyMatch(p -> !p.change().from().isAfter(day));
    return amended ? DocumentStatus.AMENDED : DocumentStatus.IN_FORCE;
  }

  /** The document's whole text as in force on the day by its changes (its own start and end aside). */
  public Optional<LegalText> textOn(String number, LocalDate day) {
    Timeline t = timelines.get(number);
    return t == null ? Optional.empty() : Optional.of(t.on(day));
  }

  /** "The text of Điều N khoản K as in force on day D." */
  public ProvisionAt provision(String number, ProvisionPath path, LocalDate day) {
    LawDocument d = documents.get(number);
    if (d == null) {
      return new ProvisionAt(number, path, day, ProvisionStatus.UNKNOWN_DOCUMENT, null);
    }
    if (d.header().coverage() == TextCoverage.NONE) {
      return new ProvisionAt(number, path, day, ProvisionStatus.NO_TEXT, null);
    }
    Timeline timeline = timelines.get(number);
    LocalDate end = end(number);
    if (end != null && day.isAfter(end)) {
      return new ProvisionAt(number, path, day, ProvisionStatus.DOCUMENT_ENDED, timeline.on(end).find(path).orElse(null));
    }
    Optional<Unit> unit = timeline.on(day).find(path);
    if (unit.isPresent()) {
      boolean early = notYetInForce(d, day) || d.header().ownDates().stream()
          .anyMatch(o -> path.within(o.provision()) && day.isBefore(o.from()));
      return new ProvisionAt(number, path, day, early ? ProvisionStatus.NOT_YET_IN_FORCE : ProvisionStatus.IN_FORCE,
          unit.get());
    }
    if (notYetInForce(d, day) && d.text().find(path).isPresent()) {
      return new ProvisionAt(number, path, day, ProvisionStatus.NOT_YET_IN_FORCE, d.text().find(path).get());
    }
    boolean repealed = timeline.steps().stream().anyMatch(s -> !s.change().from().isAfter(day)
        && path.within(s.change().target()) && s.before().find(path).isPresent() && s.after().find(path).isEmpty());
    if (repealed) {
      return new ProvisionAt(number, path, day, ProvisionStatus.REPEALED, null);
    }
    boolean stored = d.header().coverage() == TextCoverage.FULL || timeline.versions().stream()
        .anyMatch(v -> v.text().article(path.article()).isPresent());
    return new ProvisionAt(number, path, day, stored ? ProvisionStatus.NOT_IN_TEXT : ProvisionStatus.NO_TEXT, null);
  }

  /** "What changed in this provision, when, by which document": amendments that touched its words, then its end. */
  public List<ProvisionChange> changes(String number, ProvisionPath path) {
    List<ProvisionChange> out = new ArrayList<>();
    Timeline timeline = timelines.get(number);
    boolean noText = timeline == null || documents.get(number).header().coverage() == TextCoverage.NONE;
    List<Step> steps = timeline != null ? timeline.steps() : changesTo.getOrDefault(number, List.of()).stream()
        .map(p -> new Step(p.change(), p.by(), LegalText.EMPTY, LegalText.EMPTY)).toList();
    for (Step s : steps) {
      Change c = s.change();
      if (!path.within(c.target()) && !c.target().within(path)) {
        continue;
      }
      String before = s.before().find(path).map(Unit::plainText).orElse(null);
      String after = s.after().find(path).map(Unit::plainText).orElse(null);
      if (noText && c.target().equals(path)) {
        after = c.wording() == null ? null : c.wording().plainText();
      } else if (java.util.Objects.equals(before, after)) {
        continue;
      }
      out.add(new ProvisionChange(c.from(), ChangeKind.of(c.action()), s.byDocument(), c.source(), c.target(),
          before, after));
    }
    LocalDate end = end(number);
    if (end != null) {
      String last = timeline == null ? null : timeline.on(end).find(path).map(Unit::plainText).orElse(null);
      List<String> by = replacedBy(number);
      out.add(new ProvisionChange(end.plusDays(1), ChangeKind.DOCUMENT_ENDED, by.isEmpty() ? null : by.get(0), null,
          path, last, null));
    }
    return out;
  }

  /**
   * Every provision of the document whose words a change altered, one entry per change and provision
   * (an amended khoản alters its Điều too); the document's own end is not among them.
   */
  public List<Affected> affected(String number) {
    Timeline timeline = timelines.get(number);
    if (timeline == null || documents.get(number).header().coverage() == TextCoverage.NONE) {
      return List.of();
    }
    List<Affected> out = new ArrayList<>();
    for (Step s : timeline.steps()) {
      if (s.before() == s.after()) {
        continue;
      }
      // A change touches a few Điều of a code of hundreds: only the Điều whose words differ are
      // walked provision by provision, and only what changed is sorted.
      Map<String, Article> beforeArticles = byNumber(s.before());
      Map<String, Article> afterArticles = byNumber(s.after());
      java.util.Set<String> articles = new java.util.LinkedHashSet<>(beforeArticles.keySet());
      articles.addAll(afterArticles.keySet());
      List<Affected> step = new ArrayList<>();
      for (String article : articles) {
        Article ba = beforeArticles.get(article);
        Article aa = afterArticles.get(article);
        if (java.util.Objects.equals(ba, aa)) {
          continue;
        }
        Map<ProvisionPath, Unit> before = ba == null ? Map.of() : Periods.units(ba);
        Map<ProvisionPath, Unit> after = aa == null ? Map.of() : Periods.units(aa);
        java.util.Set<ProvisionPath> paths = new java.util.LinkedHashSet<>(before.keySet());
        paths.addAll(after.keySet());
        for (ProvisionPath p : paths) {
          Unit b = before.get(p);
          Unit a = after.get(p);
          if (!java.util.Objects.equals(b, a)) {
            Change c = s.change();
            step.add(new Affected(p, new ProvisionChange(c.from(), ChangeKind.of(c.action()), s.byDocument(),
                c.source(), c.target(), b == null ? null : b.plainText(), a == null ? null : a.plainText())));
          }
        }
      }
      step.sort(Comparator.comparing(Affected::path));
      out.addAll(step);
    }
    return out;
  }

  private static Map<String, Article> byNumber(LegalText text) {
    Map<String, Article> map = new LinkedHashMap<>();
    for (Article a : text.articles()) {
      map.put(a.number(), a);
    }
    return map;
  }

  /** Every wording of every provision with the days it is in force, for storing and searching. */
  public List<ProvisionPeriod> periods(String number) {
    LawDocument d = documents.get(number);
    if (d == null || d.header().coverage() == TextCoverage.NONE) {
      return List.of();
    }
    return Periods.of(timelines.get(number), d.header(), end(number));
  }
}
