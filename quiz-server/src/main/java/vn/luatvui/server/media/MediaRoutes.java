package vn.luatvui.server.media;

import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.ext.web.RoutingContext;
import java.io.InputStream;
import java.util.Map;
import vn.luatvui.bank.account.Role;
import vn.luatvui.bank.media.ImageRefused;
import vn.luatvui.bank.media.Images;
import vn.luatvui.bank.media.MediaPaths;
import vn.luatvui.bank.media.StoredImage;
import vn.luatvui.server.auth.Authentication;
import vn.luatvui.server.auth.CurrentUser;
import vn.luatvui.server.http.ApiException;
import vn.luatvui.server.http.FileBody;
import vn.luatvui.server.json.Jsons;

/**
 * Uploading a question image (authors and reviewers) and serving stored images to everyone. An
 * image's address holds the hash of its bytes, so a response never goes stale: it is cached for a
 * year as immutable, its ETag is the hash, and it is sent with {@code nosniff} under its own type.
 */
public final class MediaRoutes {
  /** Images decoded at once per server; more wait their turn. */
  static final int DECODERS = 2;
  static final String CACHE = "public, max-age=31536000, immutable";

  private final WorkerExecutor decoders;
  private final MediaStore store;
  private final VideoRoutes videos;

  public MediaRoutes(Vertx vertx, MediaStore store, VideoRoutes videos) {
    this.decoders = vertx.createSharedWorkerExecutor("luatvui-images", DECODERS);
    this.store = store;
    this.videos = videos;
  }

  /** Lesson videos: uploaded and served beside the images. */
  public VideoRoutes videos() {
    return videos;
  }

  /** POST /api/media: the body is the image file; answers its address. */
  public void upload(RoutingContext ctx) {
    CurrentUser user = Authentication.require(ctx, Role.AUTHOR, Role.REVIEWER);
    decoders.executeBlocking(() -> {
      try (InputStream in = FileBody.open(ctx)) {
        return Images.prepare(in.readNBytes(Images.MAX_BYTES + 1));
      } catch (ImageRefused e) {
        throw new ApiException(422, "bad_image", e.getMessage());
      }
    }, false).compose(image -> store.save(image, user.id()).map(image))
        .onSuccess(image -> Jsons.send(ctx, 201, view(image)))
        .onFailure(ctx::fail);
  }

  private static Map<String, Object> view(StoredImage image) {
    return Map.of("sha256", image.sha256(), "url", image.path(), "mediaType", image.mediaType(),
        "width", image.width(), "height", image.height(), "bytes", image.bytes().length);
  }

  /** GET /media/&lt;sha256&gt;.&lt;png|jpg&gt;. */
  public void serve(RoutingContext ctx) {
    String file = ctx.pathParam("file");
    String sha = MediaPaths.sha256(file);
    String extension = MediaPaths.extensionOf(file);
    if (sha == null) {
      ctx.fail(404);
      return;
    }
    String etag = "\"" + sha + "\"";
    if (etag.equals(ctx.request().getHeader("If-None-Match"))) {
      ctx.response().setStatusCode(304).putHeader("ETag", etag).putHeader("Cache-Control", CACHE).end();
      return;
    }
    store.find(sha).onSuccess(image -> {
      if (image == null || !MediaPaths.mediaType(extension).equals(image.mediaType())) {
        ctx.fail(404);
        return;
      }
      ctx.response()
          .putHeader("Content-Type", image.mediaType())
          .putHeader("Cache-Control", CACHE)
          .putHeader("ETag", etag)
          .putHeader("X-Content-Type-Options", "nosniff")
          .putHeader("Content-Disposition", "inline; filename=\"" + file + "\"")
          .end(image.bytes());
    }).onFailure(ctx::fail);
  }
}
