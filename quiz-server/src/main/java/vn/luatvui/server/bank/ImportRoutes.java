package vn.luatvui.server.bank;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.luatvui.bank.account.Role;
import vn.luatvui.bank.formats.ColumnMapping;
import vn.luatvui.bank.formats.ExportedQuestion;
import vn.luatvui.bank.formats.ImageFiles;
import vn.luatvui.bank.formats.ImportError;
import vn.luatvui.bank.formats.ImportOptions;
import vn.luatvui.bank.formats.ImportResult;
import vn.luatvui.bank.formats.ImportedQuestion;
import vn.luatvui.bank.formats.QuestionFormat;
import vn.luatvui.bank.formats.QuestionImporter;
import vn.luatvui.bank.formats.RowFix;
import vn.luatvui.bank.formats.RowFixes;
import vn.luatvui.bank.formats.SheetColumns;
import vn.luatvui.bank.media.MediaPaths;
import vn.luatvui.bank.media.StoredImage;
import vn.luatvui.bank.question.Citation;
import vn.luatvui.bank.question.QuestionContent;
import vn.luatvui.bank.review.QuestionStatus;
import vn.luatvui.bank.review.ReviewAction;
import vn.luatvui.bank.review.ReviewState;
import vn.luatvui.server.auth.Authentication;
import vn.luatvui.server.auth.CurrentUser;
import vn.luatvui.server.http.ApiException;
import vn.luatvui.server.http.FileBody;
import vn.luatvui.server.infra.RedisKeys;
import vn.luatvui.server.json.Jsons;
import vn.luatvui.server.media.MediaStore;
import vn.luatvui.server.infra.RedisLink;

/**
 * Importing files of questions (preview, commit, or commit only the valid rows) and exporting a
 * set or a search. Imported questions become drafts of the importing author. An import with errors
 * writes nothing unless the user asks to keep the valid rows.
 */
public final class ImportRoutes {
  private static final int PREVIEW_ROWS = 50;
  /** Files read at once per server; more wait their turn, on disk, not in memory. */
  static final int PARSERS = 2;

  /**
   * What the import wizard shows: {@code total} rows holding a question, {@code valid} of them
   * without errors, {@code skipped} those of the valid ones not written (and why), {@code created}
   * those written.
   */
  public record ImportReport(QuestionFormat format, int total, int valid, int created, List<Long> createdIds,
                             List<ImportError> errors, List<ImportDecisions.DuplicateRow> duplicates,
                             List<ImportDecisions.SkippedRow> skipped, List<PreviewRow> preview,
                             List<ImportError> warnings, List<RowFix> unfinished) {
  }

  /** A fixed row read again: its errors (none: it is valid) and the question it makes. */
  public record RowCheck(int row, boolean valid, List<ImportError> errors, PreviewRow preview,
                         List<ImportError> warnings) {
  }

  /** The body of a row fixed in the preview: its cells in LuậtVui's columns ({@link RowFix#KEYS}). */
  record FixedRow(int row, Map<String, String> cells) {
  }

  /** A question as it would be imported. */
  public record PreviewRow(int row, QuestionContent content) {
  }

  private final Vertx vertx;
  private final io.vertx.core.WorkerExecutor parsers;
  private final QuestionService service;
  private final QuestionStore questions;
  private final QuestionSetRoutes sets;
  private final QuestionExports exports;
  private final MediaStore media;
  private final ImportDrafts drafts;

  public ImportRoutes(Vertx vertx, QuestionService service, QuestionStore questions, QuestionSetRoutes sets,
                      MediaStore media, RedisLink redis, RedisKeys keys) {
    this.vertx = vertx;
    this.parsers = vertx.createSharedWorkerExecutor("luatvui-imports", PARSERS);
    this.service = service;
    this.questions = questions;
    this.sets = sets;
    this.exports = new QuestionExports(vertx, questions, media);
    this.media = media;
    this.drafts = new ImportDrafts(vertx, redis, keys);
  }

  public void importQuestions(RoutingContext ctx) {
    CurrentUser user = Authentication.require(ctx, Role.AUTHOR, Role.REVIEWER);
    QuestionFormat format = QuestionFormat.valueOf(ctx.queryParams().get("format"));
    String mode = ctx.queryParams().get("mode") == null ? "preview" : ctx.queryParams().get("mode");
    String importId = ctx.queryParams().get("import");
    ImageFiles images = new ImageFiles();
    ImportOptions options = options(ctx).withImages(images).withRowsRead(drafts.reader(user.id(), importId));
    Set<Integer> skip = rows(ctx.queryParams().get("skip"));
    ColumnMapping mapping = mapping(ctx, format);
    drafts.report(user.id(), importId, new ImportDrafts.Progress("reading", 0));
    drafts.fixes(user.id(), importId).compose(fixes -> parsers.executeBlocking(() -> {
      ImportResult read;
      try (InputStream file = FileBody.open(ctx)) {
        read = mapping == null ? QuestionImporter.read(format, file, options)
            : QuestionImporter.read(format, file, options, mapping);
      }
      drafts.report(user.id(), importId, new ImportDrafts.Progress("checking", read.rows()));
      return fixes.isEmpty() && skip.isEmpty() ? read
          : RowFixes.apply(read, RowFixes.read(fixes, options.withRowsRead(null)), skip);
    }, false))
        .compose(result -> review(format, result, skip))
        .compose(review -> {
          drafts.report(user.id(), importId, new ImportDrafts.Progress("writing", review.total()));
          return commit(user, mode, review, skip, images);
        })
        .compose(report -> report.created() > 0 ? drafts.forget(user.id(), importId).map(report) : Future.succeededFuture(report))
        .eventually(() -> parsers.executeBlocking(() -> {
          images.close();
          drafts.report(user.id(), importId, new ImportDrafts.Progress("done", 0));
          return null;
        }, false))
        .onSuccess(report -> Jsons.send(ctx, "commit".equals(mode) && !report.errors().isEmpty() ? 422 : 200, report))
        .onFailure(ctx::fail);
  }

  /**
   * POST /api/imports/{import}/rows: a row fixed in the preview, read again with the import's rules
   * (the same reading, the legal store's check of its citation), and kept for the commit, which
   * reads it once more.
   */
  public void checkRow(RoutingContext ctx) {
    CurrentUser user = Authentication.require(ctx, Role.AUTHOR, Role.REVIEWER);
    String importId = ctx.pathParam("import");
    FixedRow body = Jsons.body(ctx, FixedRow.class);
    RowFix fix;
    try {
      fix = new RowFix(body.row(), body.cells() == null ? Map.of() : body.cells());
    } catch (IllegalArgumentException e) {
      throw new ApiException(400, "bad_request", e.getMessage());
    }
    ImportOptions options = options(ctx);
    parsers.executeBlocking(() -> RowFixes.read(List.of(fix), options), false)
        .compose(result -> review(QuestionFormat.XLSX_LUATVUI, result, Set.of()))
        .compose(review -> drafts.keep(user.id(), importId, fix).compose(kept -> switch (kept) {
          case KEPT -> Future.succeededFuture(review);
          case TOO_MANY_ROWS -> Future.failedFuture(new ApiException(400, "bad_request", "Đã sửa "
              + ImportDrafts.MAX_FIXES + " dòng của lần nhập này: hãy sửa các dòng còn lại trong tệp rồi kiểm tra lại."));
          case TOO_MANY_BYTES -> Future.failedFuture(new ApiException(429, "rate_limited", "Các dòng bạn đã sửa "
              + "trong những lần nhập chưa xong đã quá " + ImportDrafts.MAX_BYTES_PER_USER / (1024 * 1024)
              + " MB: hãy hoàn tất hoặc bỏ một lần nhập rồi sửa tiếp."));
        }))
        .map(review -> new RowCheck(fix.row(), review.errors().isEmpty(), review.errors(),
            review.accepted().isEmpty() ? null
                : new PreviewRow(fix.row(), review.accepted().get(0).checked().content()),
            review.result().warnings()))
        .onSuccess(check -> Jsons.send(ctx, 200, check))
        .onFailure(ctx::fail);
  }

  /** GET /api/imports/{import}/progress: how far the server has read the file being imported. */
  public void progress(RoutingContext ctx) {
    CurrentUser user = Authentication.require(ctx, Role.AUTHOR, Role.REVIEWER);
    drafts.progress(user.id(), ctx.pathParam("import"))
        .onSuccess(progress -> Jsons.send(ctx, 200, progress))
        .onFailure(ctx::fail);
  }

  /** Streams a set or a whole search, with no cap (see {@link QuestionExports}). */
  public void exportQuestions(RoutingContext ctx) {
    CurrentUser user = Authentication.require(ctx, Role.AUTHOR, Role.REVIEWER, Role.HOST);
    QuestionFormat format = QuestionFormat.valueOf(ctx.queryParams().get("format"));
    String set = ctx.queryParams().get("set");
    boolean zip = Boolean.parseBoolean(ctx.queryParams().get("images"));
    if (zip && !spreadsheet(format)) {
      throw new ApiException(400, "bad_request", "Chỉ bảng tính (.xlsx, .csv) mới xuất kèm ảnh trong tệp ZIP; "
          + "Moodle XML luôn mang ảnh bên trong, JSON giữ địa chỉ và mô tả ảnh.");
    }
    Future<Void> sent = set != null
        ? sets.view(user, Long.parseLong(set), false).compose(view -> exports.list(ctx, format, view.items().stream()
            .filter(i -> i.question() != null)
            .map(i -> new ExportedQuestion(i.question().content(), i.timeLimitSeconds(), i.points(), i.question().key()))
            .toList(), zip))
        : exports.search(ctx, format, exportFilter(ctx, user), zip);
    sent.onFailure(failure -> {
      if (!ctx.response().headWritten()) {
        ctx.fail(failure);
      }
    });
  }

  /**
   * The file's own findings plus the registry's (unknown documents) and the bank's (already there);
   * rows the user left out are not judged.
   */
  private Future<Review> review(QuestionFormat format, ImportResult result, Set<Integer> leftOut) {
    List<ImportedQuestion> read = result.questions();
    return service.checkResolved(questions.pool(), read.stream().map(ImportedQuestion::content).toList())
        .compose(checked -> {
          List<ImportError> errors = new ArrayList<>(result.errors());
          List<Accepted> accepted = new ArrayList<>();
          List<RowFix> unfinished = new ArrayList<>(result.unfinished());
          for (int i = 0; i < read.size(); i++) {
            ImportedQuestion q = read.get(i);
            QuestionService.Checked c = checked.get(i);
            if (c.violations().isEmpty()) {
              accepted.add(new Accepted(q, c));
            } else if (!leftOut.contains(q.row())) {
              if (unfinished.size() < ImportDrafts.MAX_FIXES) {
                unfinished.add(RowFix.of(q.row(), q.toExported()));
              }
              // The store's findings (an unknown Điều or khoản, a quote not in the text) name the cell they came from.
              c.violations().forEach(v -> errors.add(new ImportError(q.row(),
                  q.column(v.field()) != null ? q.column(v.field()) : v.field(), v.message())));
            }
          }
          errors.sort(java.util.Comparator.comparingInt(ImportError::row));
          unfinished.sort(java.util.Comparator.comparingInt(RowFix::row));
          return questions.similar(accepted.stream().map(a -> a.checked().indexed().fingerprint()).toList())
              .map(similar -> new Review(format, result.rows(), errors, accepted, result, similar, unfinished));
        });
  }

  private Future<ImportReport> commit(CurrentUser user, String mode, Review review, Set<Integer> skip,
                                      ImageFiles images) {
    boolean write = "commitValid".equals(mode) || ("commit".equals(mode) && review.errors().isEmpty());
    ImportDecisions decisions = new ImportDecisions(review.result().duplicates(), skip);
    List<QuestionStore.NewQuestion> added = new ArrayList<>();
    for (Accepted a : review.accepted()) {
      List<QuestionStore.Similar> inBank = review.similar().getOrDefault(a.checked().indexed().fingerprint(), List.of());
      if (decisions.write(a.question(), inBank)) {
        added.add(new QuestionStore.NewQuestion(null, new ReviewState(QuestionStatus.DRAFT, user.id(), 1, false),
            a.checked().content(), a.checked().indexed(), user.id(),
            List.of(new QuestionStore.Note(ReviewAction.CREATED, "Nhập từ tệp " + review.format().name())),
            a.question().timeLimitSeconds()));
      }
    }
    List<PreviewRow> preview = review.accepted().stream().limit(PREVIEW_ROWS)
        .map(a -> new PreviewRow(a.question().row(), a.checked().content())).toList();
    List<String> pictured = added.stream().map(n -> n.content().imageUrl()).filter(MediaPaths::isStored).toList();
    Future<List<StoredImage>> files = write && !pictured.isEmpty()
        ? parsers.executeBlocking(() -> images.load(pictured), false) : Future.succeededFuture(List.of());
    Future<List<Long>> created = write && !added.isEmpty()
        ? files.compose(loaded -> questions.pool().withTransaction(tx -> media.save(tx, loaded, user.id())
            .compose(x -> questions.insertAll(tx, added))))
        : Future.succeededFuture(List.of());
    return created.map(ids -> new ImportReport(review.format(), review.total(), review.accepted().size(), ids.size(), ids,
        review.errors(), decisions.duplicates, decisions.skipped, preview, review.result().warnings(),
        review.unfinished()));
  }

  /**
   * The columns of a spreadsheet (a known layout, or the header and sample values to map), before
   * anything is imported: the wizard's mapping step.
   */
  public void inspectColumns(RoutingContext ctx) {
    Authentication.require(ctx, Role.AUTHOR, Role.REVIEWER);
    QuestionFormat format = QuestionFormat.valueOf(ctx.queryParams().get("format"));
    if (!spreadsheet(format)) {
      throw new ApiException(400, "bad_request", "Chỉ bảng tính (.xlsx, .csv) mới có bước ghép cột.");
    }
    parsers.executeBlocking(() -> {
      try (InputStream file = FileBody.open(ctx)) {
        return SheetColumns.inspect(format, file);
      }
    }, false).onSuccess(columns -> Jsons.send(ctx, 200, columns)).onFailure(ctx::fail);
  }

  /** The user's mapping of a sheet's columns (the wizard's mapping step), or null for a file in a known layout. */
  private static ColumnMapping mapping(RoutingContext ctx, QuestionFormat format) {
    String columns = ctx.queryParams().get("columns");
    if (columns == null || columns.isBlank()) {
      return null;
    }
    if (!spreadsheet(format)) {
      throw new ApiException(400, "bad_request", "Chỉ bảng tính (.xlsx, .csv) mới ghép cột được.");
    }
    String header = ctx.queryParams().get("headerRow");
    try {
      return ColumnMapping.parse(header == null ? 1 : Integer.parseInt(header), columns);
    } catch (IllegalArgumentException e) {
      throw new ApiException(400, "bad_request", e.getMessage());
    }
  }

  private static boolean spreadsheet(QuestionFormat format) {
    return format.extension().equals("xlsx") || format.extension().equals("csv");
  }

  /** "4,9,12" → the rows the user chose to skip (the contract checks the shape). */
  private static Set<Integer> rows(String list) {
    Set<Integer> rows = new HashSet<>();
    if (list != null) {
      for (String part : list.split(",")) {
        if (!part.isBlank()) {
          rows.add(Integer.parseInt(part.strip()));
        }
      }
    }
    return rows;
  }

  private static ImportOptions options(RoutingContext ctx) {
    String document = ctx.queryParams().get("citationDocument");
    if (document == null || document.isBlank()) {
      return ImportOptions.defaults();
    }
    String article = ctx.queryParams().get("citationArticle");
    if (article == null) {
      throw new ApiException(400, "bad_request", "Trích dẫn mặc định cần số Điều (citationArticle).");
    }
    String clause = ctx.queryParams().get("citationClause");
    return ImportOptions.defaults().withDefaultCitation(new Citation(document.strip(), Integer.parseInt(article),
        clause == null ? null : Integer.valueOf(clause), null, null));
  }

  private static SearchFilter exportFilter(RoutingContext ctx, CurrentUser user) {
    SearchFilter f = QuestionRoutes.bankFilter(ctx, user);
    return new SearchFilter(f.query(), f.statuses(), f.type(), f.tag(), f.document(), f.article(), f.difficulty(),
        f.needsReview(), f.authorId(), f.visibleToAuthor(), false, f.oldestFirst(), 1, SearchFilter.MAX_SIZE);
  }

  private record Accepted(ImportedQuestion question, QuestionService.Checked checked) {
  }

  private record Review(QuestionFormat format, int total, List<ImportError> errors, List<Accepted> accepted,
                        ImportResult result, Map<String, List<QuestionStore.Similar>> similar,
                        List<RowFix> unfinished) {
  }
}
