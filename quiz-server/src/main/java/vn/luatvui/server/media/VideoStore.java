package vn.luatvui.server.media;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;

/**
 * The {@code media_video} and {@code media_video_chunk} tables: lesson videos by the hash of their
 * bytes, in chunks of {@link #CHUNK_BYTES}, written once in one transaction and read a slice at a time.
 */
public final class VideoStore {
  /** The size of a stored chunk: a range request reads one or two of them, not the whole video. */
  public static final int CHUNK_BYTES = 1024 * 1024;

  /** A stored video as served: where its chunks are, its type and length. */
  public record Video(long id, String mediaType, long size, int chunkBytes) {
  }

  private final Pool pool;

  public VideoStore(Pool pool) {
    this.pool = pool;
  }

  Pool pool() {
    return pool;
  }

  /** A new video's id, taken before its chunks are written (their reference is checked at commit). */
  Future<Long> newId(SqlConnection tx) {
    return tx.query("SELECT nextval(pg_get_serial_sequence('media_video', 'id'))").execute()
        .map(rows -> rows.iterator().next().getLong(0));
  }

  Future<Void> writeChunk(SqlConnection tx, long id, int n, Buffer bytes) {
    return tx.preparedQuery("INSERT INTO media_video_chunk (video_id, n, bytes) VALUES ($1, $2, $3)")
        .execute(Tuple.of(id, n, bytes)).mapEmpty();
  }

  /** Writes the video's row after its chunks; false when the same bytes were stored already (nothing is written then). */
  Future<Boolean> finish(SqlConnection tx, long id, String sha256, VideoFormat format, long size, Long createdBy) {
    return tx.preparedQuery("INSERT INTO media_video (id, sha256, media_type, size, chunk_bytes, created_by) "
            + "VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (sha256) DO NOTHING RETURNING id")
        .execute(Tuple.of(id, sha256, format.mediaType(), size, CHUNK_BYTES, createdBy)).map(rows -> rows.size() == 1);
  }

  /** The video with this hash, or null. */
  public Future<Video> find(String sha256) {
    return pool.preparedQuery("SELECT id, media_type, size, chunk_bytes FROM media_video WHERE sha256 = $1")
        .execute(Tuple.of(sha256)).map(rows -> {
          if (rows.size() == 0) {
            return null;
          }
          Row r = rows.iterator().next();
          return new Video(r.getLong(0), r.getString(1), r.getLong(2), r.getInteger(3));
        });
  }

  /** {@code length} bytes of chunk {@code n}, from {@code offset} (0-based) within it. */
  Future<Buffer> slice(Video video, int n, int offset, int length) {
    return pool.preparedQuery("SELECT substring(bytes FROM $3 FOR $4) FROM media_video_chunk WHERE video_id = $1 AND n = $2")
        .execute(Tuple.of(video.id(), n, offset + 1, length)).compose(rows -> rows.size() == 0
            ? Future.failedFuture(new IllegalStateException("chunk " + n + " of video " + video.id() + " is missing"))
            : Future.succeededFuture(rows.iterator().next().getBuffer(0)));
  }
}
