package vn.luatvui.server.bank;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Cursor;
import io.vertx.sqlclient.Row;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import vn.luatvui.bank.formats.ExportedQuestion;
import vn.luatvui.bank.formats.ImageSource;
import vn.luatvui.bank.formats.QuestionExporter;
import vn.luatvui.bank.formats.QuestionFormat;
import vn.luatvui.bank.question.QuestionType;
import vn.luatvui.server.files.ResponseOutput;
import vn.luatvui.server.media.MediaStore;

/**
 * Exports stream: the questions of a search are read from PostgreSQL through a cursor, a few
 * hundred at a time, and written to the response as they come, so memory stays the same for 100
 * questions or 100,000 and there is no cap. How many the format cannot hold is counted first (by
 * type and number of choices), for the {@code X-Skipped-Questions} header.
 */
final class QuestionExports {
  private static final int FETCH = 500;
  private static final long READ_SECONDS = 60;

  private final Vertx vertx;
  private final QuestionStore questions;
  private final MediaStore media;

  QuestionExports(Vertx vertx, QuestionStore questions, MediaStore media) {
    this.vertx = vertx;
    this.questions = questions;
    this.media = media;
  }

  /** Streams every question of the search in the format. */
  Future<Void> search(RoutingContext ctx, QuestionFormat format, SearchFilter filter, boolean zip) {
    QuestionStore.Listing listing = questions.listing(filter);
    return questions.shapes(filter).compose(shapes -> {
      long skipped = shapes.stream()
          .filter(s -> !format.canHold(QuestionType.valueOf(s.type()), s.choices()))
          .mapToLong(QuestionStore.Shape::count).sum();
      return questions.pool().getConnection().compose(conn -> conn.begin()
          .compose(tx -> conn.prepare(listing.sql())
              .compose(ps -> {
                Cursor cursor = ps.cursor(listing.params());
                return send(ctx, format, skipped, () -> new CursorIterator(cursor), zip)
                    .eventually(() -> cursor.close().eventually(ps::close));
              })
              .eventually(tx::rollback))
          .eventually(conn::close));
    });
  }

  /** Streams questions already at hand (a set). */
  Future<Void> list(RoutingContext ctx, QuestionFormat format, java.util.List<ExportedQuestion> all, boolean zip) {
    long skipped = all.stream().filter(q -> !format.canHold(q.content())).count();
    return send(ctx, format, skipped, all, zip);
  }

  /**
   * With {@code zip}, a spreadsheet comes in a ZIP with the stored images its questions show (the
   * importer reads it back); Moodle XML always carries its stored images inside.
   */
  private Future<Void> send(RoutingContext ctx, QuestionFormat format, long skipped, Iterable<ExportedQuestion> items,
                            boolean zip) {
    Context context = vertx.getOrCreateContext();
    var response = ctx.response().setChunked(true)
        .putHeader("X-Skipped-Questions", String.valueOf(skipped))
        .putHeader("Content-Type", zip ? "application/zip" : format.mediaType())
        .putHeader("Content-Disposition", "attachment; filename=\"luatvui-cau-hoi." + (zip ? "zip" : format.extension())
            + "\"");
    ImageSource images = this::imageBytes;
    return vertx.<Void>executeBlocking(() -> {
      try (ResponseOutput out = new ResponseOutput(context, response)) {
        if (zip) {
          QuestionExporter.writeZip(format, items, images, out);
        } else {
          QuestionExporter.write(format, items, out, images);
        }
      }
      return null;
    }, false).compose(x -> response.end(), failure -> {
      if (response.headWritten()) {
        // The status and part of the file are already sent: cut the connection so the file is not taken as whole.
        response.reset();
      }
      return Future.failedFuture(failure);
    });
  }

  /** A stored image's bytes, read on the writer's thread. */
  private byte[] imageBytes(String sha256) throws java.io.IOException {
    try {
      MediaStore.Served served = media.find(sha256).toCompletionStage().toCompletableFuture()
          .get(READ_SECONDS, TimeUnit.SECONDS);
      return served == null ? null : served.bytes().getBytes();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException();
    } catch (ExecutionException | TimeoutException e) {
      throw new java.io.IOException("reading an image to export failed", e);
    }
  }

  /** The cursor's rows as questions, read a batch at a time on the writer's thread. */
  private static final class CursorIterator implements Iterator<ExportedQuestion> {
    private final Cursor cursor;
    private final ArrayDeque<ExportedQuestion> batch = new ArrayDeque<>();
    private boolean started;

    CursorIterator(Cursor cursor) {
      this.cursor = cursor;
    }

    @Override
    public boolean hasNext() {
      while (batch.isEmpty() && (!started || cursor.hasMore())) {
        started = true;
        try {
          for (Row r : cursor.read(FETCH).toCompletionStage().toCompletableFuture().get(READ_SECONDS, TimeUnit.SECONDS)) {
            StoredQuestion q = QuestionStore.read(r);
            batch.add(new ExportedQuestion(q.content(), q.timeLimitSeconds(), null, q.key()));
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
          throw new IllegalStateException("reading questions to export failed", e);
        }
      }
      return !batch.isEmpty();
    }

    @Override
    public ExportedQuestion next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return batch.poll();
    }
  }
}
