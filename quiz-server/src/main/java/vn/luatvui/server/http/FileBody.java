package vn.luatvui.server.http;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.file.AsyncFile;
import io.vertx.core.file.FileSystem;
import io.vertx.core.file.OpenOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.io.ByteArrayInputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Streams a request body to a file of its own in the uploads directory, never holding more than a
 * write queue of it in memory, and stops at the route's limit. The file is deleted when the
 * response is sent. Handlers read it with {@link #open}.
 */
public final class FileBody implements Handler<RoutingContext> {
  static final String PATH = "luatvui.upload";

  private final long maxBytes;
  private final String directory;

  FileBody(long maxBytes, String directory) {
    this.maxBytes = maxBytes;
    this.directory = directory;
  }

  @Override
  public void handle(RoutingContext ctx) {
    FileSystem fs = ctx.vertx().fileSystem();
    fs.mkdirs(directory)
        .compose(x -> fs.createTempFile(directory, "upload-", ".part", (String) null))
        .compose(path -> {
          ctx.addEndHandler(ended -> fs.delete(path));
          ctx.put(PATH, path);
          return fs.open(path, new OpenOptions().setWrite(true).setTruncateExisting(true));
        })
        .compose(file -> receive(ctx.request(), file).eventually(file::close))
        .onSuccess(x -> ctx.next())
        .onFailure(ctx::fail);
  }

  private Future<Void> receive(HttpServerRequest request, AsyncFile file) {
    io.vertx.core.Promise<Void> done = io.vertx.core.Promise.promise();
    long[] received = {0};
    request.exceptionHandler(done::tryFail);
    file.exceptionHandler(done::tryFail);
    request.endHandler(x -> done.tryComplete());
    request.handler(chunk -> {
      received[0] += chunk.length();
      if (received[0] > maxBytes) {
        request.handler(null);
        done.tryFail(new ApiException(413, "too_large", "Tệp gửi lên lớn quá mức cho phép ("
            + RequestBodies.readable(maxBytes) + ")."));
        return;
      }
      file.write(chunk);
      if (file.writeQueueFull()) {
        request.pause();
        file.drainHandler(d -> request.resume());
      }
    });
    if ("100-continue".equalsIgnoreCase(request.getHeader("Expect"))) {
      request.response().writeContinue();
    }
    request.resume();
    return done.future();
  }

  /** The uploaded body of this request (empty when there was none). */
  public static InputStream open(RoutingContext ctx) throws IOException {
    String path = ctx.get(PATH);
    return path == null ? new ByteArrayInputStream(new byte[0]) : new FileInputStream(path);
  }

  /** The size of the uploaded body of this request. */
  static long size(RoutingContext ctx) {
    String path = ctx.get(PATH);
    return path == null ? 0 : new java.io.File(path).length();
  }
}
