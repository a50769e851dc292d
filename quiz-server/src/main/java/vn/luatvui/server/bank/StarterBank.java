package vn.luatvui.server.bank;

import com.fasterxml.jackson.core.type.TypeReference;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.luatvui.bank.formats.ImportOptions;
import vn.luatvui.bank.formats.ImportResult;
import vn.luatvui.bank.formats.ImportedQuestion;
import vn.luatvui.bank.formats.QuestionFormat;
import vn.luatvui.bank.formats.QuestionImporter;
import vn.luatvui.bank.law.LegalDocument;
import vn.luatvui.bank.review.QuestionStatus;
import vn.luatvui.bank.review.ReviewAction;
import vn.luatvui.bank.review.ReviewState;
import vn.luatvui.server.auth.UserStore;
import vn.luatvui.server.json.Jsons;

/**
 * Loads the curated starter bank shipped in the question-bank module ({@code starter-bank/}): the
 * registry's documents and the approved questions. Documents are matched by number, questions by their
 * stable key. A question whose key the bank does not hold yet is added. A question whose key is stored
 * takes the shipped content when a release rewrote it, as long as the stored question is still the starter
 * bank's own: its current version was written by the starter-bank owner (a person's edit makes a version
 * written by that person) and it is approved, not retired. The shipped content then becomes a new version,
 * approved by the owner with a note in the history; the old version stays for the games and history that
 * used it, and the "needs review" flag goes unless the new version still cites a document no longer in
 * force. A question edited or retired here is left as it is, and the shipped revisions so left out are
 * counted in the log. Contents are compared once normalised, so loading again writes nothing; everything
 * one load writes is in one transaction.
 */
public final class StarterBank {
  private static final Logger LOG = LoggerFactory.getLogger(StarterBank.class);
  static final String FOLDER = "starter-bank/";
  static final String DOCUMENTS = FOLDER + "legal-documents.json";
  static final String INDEX = FOLDER + "questions/index.txt";
  private static final String APPROVAL_NOTE = "Bộ câu hỏi khởi đầu do LuậtVui biên soạn và đối chiếu văn bản.";

  /**
   * What a load did: questions added, questions that took a shipped revision as a new version, and
   * shipped revisions not applied because the question was edited or retired here.
   */
  public record Loaded(int added, int revised, int changedHere) {
  }

  private final LegalDocumentStore documents;
  private final QuestionStore questions;
  private final UserStore users;
  private final QuestionService service;
  private final StarterRevisions revisions;

  public StarterBank(LegalDocumentStore documents, QuestionStore questions, UserStore users) {
    this.documents = documents;
    this.questions = questions;
    this.users = users;
    this.service = new QuestionService(questions, documents);
    this.revisions = new StarterRevisions(questions, documents, service);
  }

  private record Files(List<LegalDocument> registry, List<ImportedQuestion> bank) {
  }

  /**
   * Adds what is missing and applies the shipped revisions the bank may take. The files (hundreds of
   * questions) are read on a worker thread of the given Vert.x, not on an event loop.
   */
  public Future<Loaded> load(io.vertx.core.Vertx vertx) {
    return vertx.executeBlocking(() -> new Files(readDocuments(), readQuestions()), false)
        .compose(files -> load(files.registry(), files.bank()));
  }

  private Future<Loaded> load(List<LegalDocument> registry, List<ImportedQuestion> bank) {
    List<String> keys = bank.stream().map(ImportedQuestion::key).toList();
    return documents.addMissing(registry)
        .compose(added -> users.starterBankOwner())
        .compose(owner -> questions.pool().withTransaction(tx -> questions.starterCopies(tx, keys, owner)
            .compose(stored -> write(tx, bank, stored, owner))))
        .onSuccess(loaded -> log(loaded, bank.size(), registry.size()));
  }

  private Future<Loaded> write(SqlClient tx, List<ImportedQuestion> bank, Map<String, StarterCopy> stored, long owner) {
    List<ImportedQuestion> missing = new ArrayList<>();
    List<StarterRevisions.Revision> revised = new ArrayList<>();
    int changedHere = 0;
    for (ImportedQuestion q : bank) {
      StarterCopy copy = stored.get(q.key());
      if (copy == null) {
        missing.add(q);
        continue;
      }
      switch (copy.against(q.content(), owner)) {
        case REVISE -> revised.add(new StarterRevisions.Revision(q.key(), copy, q.content()));
        case CHANGED_HERE -> changedHere++;
        case SAME -> { }
      }
    }
    int left = changedHere;
    return insert(tx, missing, owner)
        .compose(added -> revisions.apply(tx, revised, owner).map(n -> new Loaded(added, n, left)));
  }

  private static void log(Loaded loaded, int questions, int documents) {
    if (loaded.added() > 0) {
      LOG.info("Starter bank: {} question(s) added ({} in the bank, {} registry documents)", loaded.added(), questions,
          documents);
    }
    if (loaded.revised() > 0) {
      LOG.info("Starter bank: {} question(s) took the shipped revision as a new approved version", loaded.revised());
    }
    if (loaded.changedHere() > 0) {
      LOG.info("Starter bank: {} shipped revision(s) not applied because the question was changed locally "
          + "(edited or retired here)", loaded.changedHere());
    }
  }

  private Future<Integer> insert(SqlClient tx, List<ImportedQuestion> missing, long owner) {
    if (missing.isEmpty()) {
      return Future.succeededFuture(0);
    }
    ReviewState approved = new ReviewState(QuestionStatus.APPROVED, owner, 1, false);
    List<QuestionStore.Note> history = List.of(new QuestionStore.Note(ReviewAction.CREATED, null),
        new QuestionStore.Note(ReviewAction.APPROVED, APPROVAL_NOTE));
    return service.check(tx, missing.stream().map(ImportedQuestion::content).toList())
        .compose(checked -> {
          List<QuestionStore.NewQuestion> added = new ArrayList<>();
          for (int i = 0; i < checked.size(); i++) {
            QuestionService.Checked c = checked.get(i);
            if (!c.violations().isEmpty()) {
              return Future.failedFuture(new IllegalStateException("Starter-bank question " + missing.get(i).key()
                  + " is not valid: " + c.violations()));
            }
            added.add(new QuestionStore.NewQuestion(missing.get(i).key(), approved, c.content(), c.indexed(), owner,
                history));
          }
          return questions.insertAll(tx, added);
        }).map(List::size);
  }

  static List<LegalDocument> readDocuments() {
    try (InputStream in = resource(DOCUMENTS)) {
      return Jsons.MAPPER.readValue(in, new TypeReference<List<LegalDocument>>() { });
    } catch (IOException e) {
      throw new UncheckedIOException("The starter registry " + DOCUMENTS + " does not read", e);
    }
  }

  static List<ImportedQuestion> readQuestions() {
    List<ImportedQuestion> all = new ArrayList<>();
    for (String file : files()) {
      try (InputStream in = resource(FOLDER + "questions/" + file)) {
        ImportResult result = QuestionImporter.read(QuestionFormat.JSON, in, ImportOptions.defaults());
        if (!result.errors().isEmpty()) {
          throw new IllegalStateException("Starter-bank file " + file + " has errors: " + result.errors());
        }
        for (ImportedQuestion q : result.questions()) {
          if (q.key() == null) {
            throw new IllegalStateException("Starter-bank file " + file + ", item " + q.row() + " has no key");
          }
          all.add(q);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Starter-bank file " + file + " does not read", e);
      }
    }
    return all;
  }

  static List<String> files() {
    try (InputStream in = resource(INDEX)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream resource(String path) throws IOException {
    InputStream in = StarterBank.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new IOException("Missing resource " + path);
    }
    return in;
  }
}
