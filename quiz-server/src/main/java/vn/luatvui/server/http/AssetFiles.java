package vn.luatvui.server.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.file.FileSystem;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.MimeMapping;
import io.vertx.ext.web.RoutingContext;
import java.util.regex.Pattern;

/**
 * Serves the web client's hashed assets ({@code /assets/index-Ab12.js}): cached for a year as
 * immutable (a new build has new names), and sent brotli- or gzip-compressed from the variants the
 * build wrote beside each file ({@code .br}, {@code .gz}), whichever the browser accepts.
 */
final class AssetFiles implements Handler<RoutingContext> {
  private static final String PREFIX = "/assets/";
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,199}");
  private static final String CACHE_FOREVER = "public, max-age=31536000, immutable";

  private final String folder;
  /** Which variants exist, per asset name; only names of real files are kept. */
  private final Cache<String, Variants> variants = Caffeine.newBuilder().maximumSize(2_000).build();

  AssetFiles(String webroot) {
    this.folder = webroot + "/assets/";
  }

  private record Variants(boolean brotli, boolean gzip) {
  }

  @Override
  public void handle(RoutingContext ctx) {
    String path = ctx.normalizedPath();
    String name = path.startsWith(PREFIX) ? path.substring(PREFIX.length()) : "";
    if (!NAME.matcher(name).matches()) {
      ctx.fail(404);
      return;
    }
    Variants known = variants.getIfPresent(name);
    Future<Variants> found = known != null ? Future.succeededFuture(known) : lookUp(ctx.vertx().fileSystem(), name);
    found.onSuccess(v -> {
      if (v == null) {
        ctx.fail(404);
      } else {
        send(ctx, name, v);
      }
    }).onFailure(ctx::fail);
  }

  private Future<Variants> lookUp(FileSystem files, String name) {
    String file = folder + name;
    return files.exists(file).compose(exists -> {
      if (!exists) {
        return Future.succeededFuture(null);
      }
      return Future.all(files.exists(file + ".br"), files.exists(file + ".gz")).map(all -> {
        Variants v = new Variants(all.resultAt(0), all.resultAt(1));
        variants.put(name, v);
        return v;
      });
    });
  }

  private void send(RoutingContext ctx, String name, Variants v) {
    String accepted = ctx.request().getHeader(HttpHeaders.ACCEPT_ENCODING);
    String encoding = v.brotli() && ContentCoding.accepts(accepted, "br") ? "br"
        : v.gzip() && ContentCoding.accepts(accepted, "gzip") ? "gzip" : null;
    String suffix = encoding == null ? "" : encoding.equals("br") ? ".br" : ".gz";
    String type = MimeMapping.mimeTypeForFilename(name);
    var response = ctx.response()
        .putHeader(HttpHeaders.CACHE_CONTROL, CACHE_FOREVER)
        .putHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING)
        .putHeader(HttpHeaders.CONTENT_TYPE, type == null ? "application/octet-stream" : withCharset(type));
    // A Content-Encoding already set also keeps the server's own compressor off this response.
    response.putHeader(HttpHeaders.CONTENT_ENCODING, encoding == null ? HttpHeaders.IDENTITY : encoding);
    response.sendFile(folder + name + suffix).onFailure(ctx::fail);
  }

  private static String withCharset(String type) {
    return type.startsWith("text/") || type.endsWith("javascript") || type.endsWith("json")
        ? type + "; charset=utf-8" : type;
  }
}
