package vn.luatvui.server.law;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.luatvui.bank.law.store.LawDiff;
import vn.luatvui.bank.law.store.LawStore;
import vn.luatvui.bank.law.text.LawDocument;
import vn.luatvui.bank.law.text.LegalTextException;
import vn.luatvui.bank.law.text.LegalTextFormat;
import vn.luatvui.bank.text.VietnameseText;
import vn.luatvui.server.law.LawFiles.SourceFile;

/**
 * Loads the legal store's files into PostgreSQL. A file whose content hash is stored is skipped; a
 * new file is added; a changed file shows as a diff and is applied only when asked to. The provisions
 * of every document are recomputed from the documents in effect and rewritten only when they differ,
 * so a new amending law rewrites the law it amends. Loading the same files again changes nothing.
 */
public final class LawLoader {
  private static final Logger LOG = LoggerFactory.getLogger(LawLoader.class);

  /** What to do with files that changed since they were stored. */
  public enum Mode {
    /** Write nothing; report what would change. */
    DIFF,
    /** Add new files, keep changed ones as stored (reported with their diff). */
    NEW_ONLY,
    /** Add new files and apply changed ones. */
    APPLY
  }

  private record Parsed(SourceFile file, LawDocument document, String hash) {
  }

  /** What the files ask of the database: the report, and what to write when the mode writes. */
  private record Plan(LoadReport report, List<Parsed> toSave, LawStore law, List<LawRows> rows) {
  }

  private final Vertx vertx;
  private final LawTextStore store;

  public LawLoader(Vertx vertx, io.vertx.sqlclient.Pool pool) {
    this.vertx = vertx;
    this.store = new LawTextStore(pool);
  }

  /**
   * Parsing the files and recomputing every provision of the store (the Criminal Code alone has
   * thousands) takes seconds on a small machine: it runs on a worker thread, never on an event loop,
   * so a starting server answers its health checks meanwhile.
   */
  public Future<LoadReport> load(List<SourceFile> files, Mode mode) {
    return store.stored()
        .compose(stored -> vertx.executeBlocking(() -> plan(files, stored, mode), false))
        .compose(plan -> write(plan, mode));
  }

  private Plan plan(List<SourceFile> files, Map<String, LawTextStore.Stored> stored, Mode mode) {
    List<String> unreadable = new ArrayList<>();
    Map<String, Parsed> parsed = new LinkedHashMap<>();
    for (SourceFile f : files) {
      try {
        LawDocument d = LegalTextFormat.parse(f.name(), f.content());
        if (parsed.containsKey(d.number())) {
          unreadable.add(f.name() + ": văn bản " + d.number() + " đã có trong " + parsed.get(d.number()).file().name());
        } else {
          parsed.put(d.number(), new Parsed(f, d, LawRows.sha256(VietnameseText.nfc(f.content()))));
        }
      } catch (LegalTextException e) {
        unreadable.add(e.getMessage());
      }
    }
    return plan(parsed, stored, unreadable, mode);
  }

  private Plan plan(Map<String, Parsed> parsed, Map<String, LawTextStore.Stored> stored,
                    List<String> unreadable, Mode mode) {
    List<String> added = new ArrayList<>();
    List<String> updated = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    Map<String, List<String>> pending = new LinkedHashMap<>();
    Map<String, List<String>> applied = new LinkedHashMap<>();
    Map<String, LawDocument> effective = new LinkedHashMap<>();
    List<Parsed> toSave = new ArrayList<>();
    stored.forEach((n, s) -> effective.put(n, s.document()));
    for (Parsed p : parsed.values()) {
      String n = p.document().number();
      LawTextStore.Stored old = stored.get(n);
      if (old == null) {
        added.add(n);
        toSave.add(p);
        effective.put(n, p.document());
      } else if (old.contentHash().equals(p.hash())) {
        unchanged.add(n);
      } else if (mode == Mode.NEW_ONLY) {
        pending.put(n, LawDiff.of(old.document(), p.document()));
      } else {
        updated.add(n);
        applied.put(n, LawDiff.of(old.document(), p.document()));
        toSave.add(p);
        effective.put(n, p.document());
      }
    }
    LawStore law = new LawStore(effective.values());
    List<LawRows> rows = new ArrayList<>();
    for (LawDocument d : effective.values()) {
      LawRows r = LawRows.of(law, d);
      LawTextStore.Stored old = stored.get(d.number());
      if (old == null || !old.provisionsHash().equals(r.hash())) {
        rows.add(r);
      }
    }
    List<String> problems = law.problems().stream().map(Object::toString).toList();
    LoadReport report = new LoadReport(added, mode == Mode.DIFF ? List.of() : updated, unchanged, pending,
        mode == Mode.DIFF ? Map.of() : applied, unreadable, problems, rows.size());
    if (mode == Mode.DIFF) {
      return new Plan(new LoadReport(added, List.of(), unchanged, merge(pending, applied), Map.of(),
          unreadable, problems, rows.size()), List.of(), law, List.of());
    }
    return new Plan(report, toSave, law, rows);
  }

  private Future<LoadReport> write(Plan plan, Mode mode) {
    List<Parsed> toSave = plan.toSave();
    List<LawRows> rows = plan.rows();
    LawStore law = plan.law();
    LoadReport report = plan.report();
    if (mode == Mode.DIFF || toSave.isEmpty() && rows.isEmpty()) {
      return Future.succeededFuture(report);
    }
    return store.pool().withTransaction(tx -> {
      Future<Void> f = Future.succeededFuture();
      for (Parsed p : toSave) {
        f = f.compose(x -> store.register(tx, p.document().header()));
      }
      for (String replaced : law.replacedDocuments()) {
        LocalDate end = law.end(replaced);
        List<String> by = law.replacedBy(replaced);
        f = f.compose(x -> store.registerEnds(tx, replaced, end, by));
      }
      for (Parsed p : toSave) {
        f = f.compose(x -> store.saveText(tx, p.document(), p.file().name(), p.hash(), ""));
      }
      for (LawRows r : rows) {
        f = f.compose(x -> store.saveRows(tx, r));
      }
      return f;
    }).map(x -> {
      report.lines().forEach(LOG::info);
      return report;
    });
  }

  private static Map<String, List<String>> merge(Map<String, List<String>> a, Map<String, List<String>> b) {
    Map<String, List<String>> out = new LinkedHashMap<>(a);
    out.putAll(b);
    return out;
  }
}
