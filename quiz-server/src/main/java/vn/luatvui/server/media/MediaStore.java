package vn.luatvui.server.media;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.luatvui.bank.media.StoredImage;

/** The {@code media_image} table: images by the hash of their bytes, written once, never changed. */
public final class MediaStore {
  /** An image as served: its type and bytes. */
  public record Served(String mediaType, Buffer bytes) {
  }

  private final Pool pool;

  public MediaStore(Pool pool) {
    this.pool = pool;
  }

  /** Stores the images not stored yet (the same bytes are the same row). */
  public Future<Void> save(SqlClient client, Collection<StoredImage> images, Long createdBy) {
    if (images.isEmpty()) {
      return Future.succeededFuture();
    }
    List<Tuple> rows = images.stream().map(i -> Tuple.of(i.sha256(), i.mediaType(), Buffer.buffer(i.bytes()), createdBy))
        .toList();
    return client.preparedQuery("INSERT INTO media_image (sha256, media_type, bytes, created_by) VALUES ($1, $2, $3, $4) "
        + "ON CONFLICT (sha256) DO NOTHING").executeBatch(rows).mapEmpty();
  }

  public Future<Void> save(StoredImage image, long createdBy) {
    return save(pool, List.of(image), createdBy);
  }

  /** The image with this hash, or null. */
  public Future<Served> find(String sha256) {
    return pool.preparedQuery("SELECT media_type, bytes FROM media_image WHERE sha256 = $1").execute(Tuple.of(sha256))
        .map(rows -> {
          if (rows.size() == 0) {
            return null;
          }
          Row r = rows.iterator().next();
          return new Served(r.getString(0), r.getBuffer(1));
        });
  }

  /** Which of these hashes are stored. */
  public Future<Set<String>> existing(SqlClient client, Collection<String> hashes) {
    if (hashes.isEmpty()) {
      return Future.succeededFuture(Set.of());
    }
    return client.preparedQuery("SELECT sha256 FROM media_image WHERE sha256 = ANY($1)")
        .execute(Tuple.of(hashes.toArray(String[]::new))).map(rows -> {
          Set<String> found = new HashSet<>();
          rows.forEach(r -> found.add(r.getString(0)));
          return found;
        });
  }

  public Pool pool() {
    return pool;
  }
}
