package vn.luatvui.server.media;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Transaction;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One video upload, streamed from the request into one transaction: the body is read a chunk at a
 * time (the request paused while a chunk is written, so at most about one chunk is in memory), its
 * first bytes decide its format before anything is written, its hash is taken as it passes, and
 * the video's row is written last. A refusal, a broken connection or a failed write rolls it all back.
 */
final class VideoUpload {
  /** A stored video: {@code added} is false when the same bytes were stored before. */
  record Stored(String sha256, VideoFormat format, long size, boolean added) {
    String path() {
      return VideoRoutes.path(sha256, format);
    }
  }

  private final HttpServerRequest request;
  private final VideoStore store;
  private final long maxBytes;
  private final Promise<Void> received = Promise.promise();
  private final MessageDigest digest;
  private SqlConnection connection;
  private long id;
  private Buffer pending = Buffer.buffer();
  private long size;
  private int chunks;
  private VideoFormat format;
  private boolean writing;
  private boolean ended;

  private VideoUpload(HttpServerRequest request, VideoStore store, long maxBytes) {
    this.request = request;
    this.store = store;
    this.maxBytes = maxBytes;
    try {
      this.digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Reads the (paused) request's body into the store; fails with {@link VideoRefused} for what is not kept. */
  static Future<Stored> receive(HttpServerRequest request, VideoStore store, long maxBytes, Long createdBy) {
    VideoUpload upload = new VideoUpload(request, store, maxBytes);
    return store.pool().getConnection().compose(connection -> connection.begin()
        .compose(tx -> upload.run(connection, tx, createdBy))
        .eventually(connection::close));
  }

  private Future<Stored> run(SqlConnection connection, Transaction tx, Long createdBy) {
    this.connection = connection;
    return store.newId(connection)
        .compose(newId -> {
          id = newId;
          read();
          return received.future();
        })
        .compose(x -> {
          String sha256 = HexFormat.of().formatHex(digest.digest());
          return store.finish(connection, id, sha256, format, size, createdBy).compose(added -> (added ? tx.commit()
              : tx.rollback()).map(new Stored(sha256, format, size, added)));
        })
        .recover(failure -> tx.rollback().transform(x -> Future.failedFuture(failure)));
  }

  private void read() {
    request.exceptionHandler(received::tryFail);
    request.endHandler(x -> {
      ended = true;
      if (!writing) {
        next();
      }
    });
    request.handler(this::arrived);
    request.resume();
  }

  private void arrived(Buffer data) {
    if (received.future().isComplete()) {
      return;
    }
    size += data.length();
    if (size > maxBytes) {
      refuse(VideoRefused.Reason.TOO_LARGE, "Video lớn hơn " + maxBytes / (1024 * 1024) + " MB. Hãy nén hoặc cắt ngắn video.");
      return;
    }
    pending.appendBuffer(data);
    if (format == null && pending.length() >= VideoFormat.HEAD_BYTES && !sniff()) {
      return;
    }
    if (pending.length() >= VideoStore.CHUNK_BYTES && !writing) {
      request.pause();
      next();
    }
  }

  /** Writes the next full chunk (or, at the end, what is left); resumes the request when there is room again. */
  private void next() {
    if (received.future().isComplete()) {
      return;
    }
    if (ended && size == 0) {
      refuse(VideoRefused.Reason.EMPTY, "Tệp video trống (0 byte).");
      return;
    }
    if (format == null && !sniff()) {
      return;
    }
    if (pending.length() >= VideoStore.CHUNK_BYTES || (ended && pending.length() > 0)) {
      int length = Math.min(VideoStore.CHUNK_BYTES, pending.length());
      Buffer chunk = pending.getBuffer(0, length);
      pending = pending.getBuffer(length, pending.length());
      digest.update(chunk.getBytes());
      writing = true;
      store.writeChunk(connection, id, chunks++, chunk).onComplete(written -> {
        writing = false;
        if (written.failed()) {
          received.tryFail(written.cause());
        } else {
          next();
        }
      });
      return;
    }
    if (ended) {
      received.tryComplete();
    } else {
      request.resume();
    }
  }

  /** Decides the format from the first bytes; false (and refused) when they are not a video's. */
  private boolean sniff() {
    format = VideoFormat.sniff(pending.getBytes(0, Math.min(VideoFormat.HEAD_BYTES, pending.length())));
    if (format == null) {
      refuse(VideoRefused.Reason.NOT_VIDEO, "Tệp không phải là video MP4 hay WebM.");
      return false;
    }
    return true;
  }

  private void refuse(VideoRefused.Reason reason, String message) {
    if (!ended) {
      request.handler(null);
    }
    pending = Buffer.buffer();
    received.tryFail(new VideoRefused(reason, message));
  }
}
