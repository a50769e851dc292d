package vn.luatvui.server.bank;

import com.fasterxml.jackson.core.type.TypeReference;
import io.vertx.core.Future;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
 * registry's documents and the approved questions. Loading again adds nothing twice: documents are
 * matched by number, questions by their stable key. A question whose key is already stored is left as
 * it is, even when the shipped file now words it differently: a starter question rewritten under its key
 * reaches new installations only, and an existing one keeps its stored version until a reviewer edits it.
 */
public final class StarterBank {
  private static final Logger LOG = LoggerFactory.getLogger(StarterBank.class);
  static final String FOLDER = "starter-bank/";
  static final String DOCUMENTS = FOLDER + "legal-documents.json";
  static final String INDEX = FOLDER + "questions/index.txt";
  private static final String APPROVAL_NOTE = "Bộ câu hỏi khởi đầu do LuậtVui biên soạn và đối chiếu văn bản.";

  private final LegalDocumentStore documents;
  private final QuestionStore questions;
  private final UserStore users;
  private final QuestionService service;

  public StarterBank(LegalDocumentStore documents, QuestionStore questions, UserStore users) {
    this.documents = documents;
    this.questions = questions;
    this.users = users;
    this.service = new QuestionService(questions, documents);
  }

  private record Files(List<LegalDocument> registry, List<ImportedQuestion> bank) {
  }

  /**
   * Adds what is missing; returns the number of questions added. The files (hundreds of questions)
   * are read on a worker thread of the given Vert.x, not on an event loop.
   */
  public Future<Integer> load(io.vertx.core.Vertx vertx) {
    return vertx.executeBlocking(() -> new Files(readDocuments(), readQuestions()), false)
        .compose(files -> load(files.registry(), files.bank()));
  }

  private Future<Integer> load(List<LegalDocument> registry, List<ImportedQuestion> bank) {
    return documents.addMissing(registry)
        .compose(added -> questions.existingKeys(bank.stream().map(ImportedQuestion::key).toList()))
        .compose(existing -> {
          Set<String> have = new HashSet<>(existing);
          List<ImportedQuestion> missing = bank.stream().filter(q -> !have.contains(q.key())).toList();
          return missing.isEmpty() ? Future.succeededFuture(0)
              : users.starterBankOwner().compose(owner -> insert(missing, owner));
        })
        .onSuccess(n -> {
          if (n > 0) {
            LOG.info("Starter bank: {} question(s) added ({} in the bank, {} registry documents)", n, bank.size(),
                registry.size());
          }
        });
  }

  private Future<Integer> insert(List<ImportedQuestion> missing, long owner) {
    ReviewState approved = new ReviewState(QuestionStatus.APPROVED, owner, 1, false);
    List<QuestionStore.Note> history = List.of(new QuestionStore.Note(ReviewAction.CREATED, null),
        new QuestionStore.Note(ReviewAction.APPROVED, APPROVAL_NOTE));
    return questions.pool().withTransaction(tx -> service.check(tx, missing.stream().map(ImportedQuestion::content).toList())
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
        })).map(List::size);
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
