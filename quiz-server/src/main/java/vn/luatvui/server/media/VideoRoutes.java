package vn.luatvui.server.media;

import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.luatvui.bank.account.Role;
import vn.luatvui.server.auth.Authentication;
import vn.luatvui.server.auth.CurrentUser;
import vn.luatvui.server.http.ApiException;
import vn.luatvui.server.json.Jsons;

/**
 * Uploading a lesson video (authors and reviewers) and serving stored videos to everyone. A video's
 * address holds the hash of its bytes, so it is cached for a year as immutable with the hash as its
 * ETag. Players ask for ranges of it (to start, to seek, and always on iOS Safari): one range is
 * answered 206 with only the chunks it covers read from the database, several or an impossible one 416.
 */
public final class VideoRoutes {
  /** Where stored videos are served: {@code /media/<sha256>.mp4} or {@code .webm}. */
  public static final Pattern PATH = Pattern.compile("/media/([0-9a-f]{64})\\.(mp4|webm)");
  /** Uploads read at once per server: each holds a database connection while its body arrives. */
  static final int UPLOADS_AT_ONCE = 4;

  private final VideoStore store;
  private final long maxBytes;
  private final AtomicInteger uploading = new AtomicInteger();

  public VideoRoutes(VideoStore store, long maxBytes) {
    this.store = store;
    this.maxBytes = maxBytes;
  }

  static String path(String sha256, VideoFormat format) {
    return "/media/" + sha256 + "." + format.extension();
  }

  /** Whether the address is that of a stored video on this server (not whether it is stored). */
  public static boolean isStoredPath(String url) {
    return url != null && PATH.matcher(url).matches();
  }

  /** POST /api/media/videos: the body is the video file, streamed into the database; answers its address. */
  public void upload(RoutingContext ctx) {
    CurrentUser user = Authentication.require(ctx, Role.AUTHOR, Role.REVIEWER);
    if (uploading.incrementAndGet() > UPLOADS_AT_ONCE) {
      uploading.decrementAndGet();
      ctx.response().putHeader("Retry-After", "30");
      throw new ApiException(503, "busy", "Máy chủ đang nhận nhiều video cùng lúc; hãy thử lại sau ít phút.");
    }
    VideoUpload.receive(ctx.request(), store, maxBytes, user.id())
        .andThen(done -> uploading.decrementAndGet())
        .onSuccess(video -> Jsons.send(ctx, 201, Map.of("sha256", video.sha256(), "url", video.path(),
            "mediaType", video.format().mediaType(), "bytes", video.size())))
        .onFailure(failure -> ctx.fail(failure instanceof VideoRefused refused ? refusal(refused) : failure));
  }

  private static ApiException refusal(VideoRefused refused) {
    return switch (refused.reason()) {
      case TOO_LARGE -> new ApiException(413, "too_large", refused.getMessage());
      case BUSY -> new ApiException(503, "busy", refused.getMessage());
      case NOT_VIDEO, EMPTY -> new ApiException(422, "bad_video", refused.getMessage());
    };
  }

  /** GET or HEAD /media/&lt;sha256&gt;.&lt;mp4|webm&gt;, whole or one range. */
  public void serve(RoutingContext ctx) {
    Matcher m = PATH.matcher(ctx.request().path());
    if (!m.matches()) {
      ctx.fail(404);
      return;
    }
    String etag = "\"" + m.group(1) + "\"";
    HttpServerResponse response = ctx.response()
        .putHeader("Accept-Ranges", "bytes")
        .putHeader("Cache-Control", MediaRoutes.CACHE)
        .putHeader("ETag", etag)
        .putHeader("X-Content-Type-Options", "nosniff");
    if (etag.equals(ctx.request().getHeader("If-None-Match"))) {
      response.setStatusCode(304).end();
      return;
    }
    VideoFormat format = VideoFormat.ofExtension(m.group(2));
    store.find(m.group(1)).onSuccess(video -> {
      if (video == null || !format.mediaType().equals(video.mediaType())) {
        ctx.fail(404);
        return;
      }
      respond(ctx, video, ByteRange.parse(ctx.request().getHeader("Range"), video.size()));
    }).onFailure(ctx::fail);
  }

  private void respond(RoutingContext ctx, VideoStore.Video video, ByteRange.Asked asked) {
    HttpServerResponse response = ctx.response()
        .putHeader("Content-Type", video.mediaType())
        // Video is compressed already; a coding would also break byte ranges.
        .putHeader("Content-Encoding", "identity");
    ByteRange range;
    if (asked instanceof ByteRange.Unsatisfiable) {
      response.setStatusCode(416).putHeader("Content-Range", "bytes */" + video.size()).end();
      return;
    } else if (asked instanceof ByteRange.Part part) {
      range = part.range();
      response.setStatusCode(206).putHeader("Content-Range", range.contentRange(video.size()));
    } else {
      range = new ByteRange(0, video.size() - 1);
      response.setStatusCode(200);
    }
    response.putHeader("Content-Length", String.valueOf(range.length()));
    if (ctx.request().method() == HttpMethod.HEAD) {
      response.end();
      return;
    }
    send(response, video, range.first(), range.last())
        .compose(x -> response.end())
        .onFailure(failure -> {
          if (!response.closed()) {
            response.reset();
          }
        });
  }

  /** Writes bytes first..last, one chunk's slice at a time, the next read only once the last is written. */
  private Future<Void> send(HttpServerResponse response, VideoStore.Video video, long first, long last) {
    if (first > last) {
      return Future.succeededFuture();
    }
    int n = (int) (first / video.chunkBytes());
    int offset = (int) (first % video.chunkBytes());
    int length = (int) Math.min(video.chunkBytes() - offset, last - first + 1);
    return store.slice(video, n, offset, length)
        .compose(response::write)
        .compose(x -> send(response, video, first + length, last));
  }
}
