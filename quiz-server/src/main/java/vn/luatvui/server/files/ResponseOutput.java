package vn.luatvui.server.files;

import io.vertx.core.Context;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * An output stream, written on a worker thread, that sends what it is given to an HTTP response in
 * chunks of 64 KB, with at most four chunks on their way at once: a slow client slows the writer
 * instead of filling memory. Fails with an {@link IOException} once the client has gone.
 */
public final class ResponseOutput extends OutputStream {
  private static final int CHUNK = 64 * 1024;
  private static final int IN_FLIGHT = 4;
  private static final long PATIENCE_SECONDS = 120;

  private final Context context;
  private final HttpServerResponse response;
  private final Semaphore room = new Semaphore(IN_FLIGHT);
  private Buffer chunk = Buffer.buffer(CHUNK);
  private volatile boolean gone;

  public ResponseOutput(Context context, HttpServerResponse response) {
    this.context = context;
    this.response = response;
    context.runOnContext(x -> response.closeHandler(v -> gone = true));
  }

  @Override
  public void write(int b) throws IOException {
    chunk.appendByte((byte) b);
    if (chunk.length() >= CHUNK) {
      send();
    }
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    while (len > 0) {
      int n = Math.min(len, CHUNK - chunk.length());
      chunk.appendBytes(b, off, n);
      off += n;
      len -= n;
      if (chunk.length() >= CHUNK) {
        send();
      }
    }
  }

  /** Writers flush often; a chunk goes out only when full or at {@link #close}. */
  @Override
  public void flush() {
  }

  /** Sends what is left; the caller then ends the response. */
  @Override
  public void close() throws IOException {
    if (chunk.length() > 0) {
      send();
    }
    try {
      if (!room.tryAcquire(IN_FLIGHT, PATIENCE_SECONDS, TimeUnit.SECONDS)) {
        throw new IOException("the client stopped reading");
      }
      room.release(IN_FLIGHT);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  private void send() throws IOException {
    if (gone) {
      throw new IOException("the client has gone");
    }
    try {
      if (!room.tryAcquire(PATIENCE_SECONDS, TimeUnit.SECONDS)) {
        throw new IOException("the client stopped reading");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
    Buffer out = chunk;
    chunk = Buffer.buffer(CHUNK);
    context.runOnContext(x -> response.write(out).onComplete(r -> {
      if (r.failed()) {
        gone = true;
      }
      room.release();
    }));
  }
}
