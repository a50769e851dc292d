package vn.luatvui.server.support;

import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A screen of a live game in a test: a real WebSocket that records every frame it receives. */
public final class GameClient implements AutoCloseable {
  private final WebSocketClient client;
  private final WebSocket socket;
  private final BlockingQueue<String> inbox = new LinkedBlockingQueue<>();
  /** When each frame in the inbox arrived (System.nanoTime), in the same order. */
  private final BlockingQueue<Long> arrivals = new LinkedBlockingQueue<>();
  private final List<String> seen = new ArrayList<>();
  private long lastArrival;

  private GameClient(WebSocketClient client, WebSocket socket) {
    this.client = client;
    this.socket = socket;
  }

  public static GameClient connect(Vertx vertx, int port, String cookie) {
    WebSocketClient client = vertx.createWebSocketClient();
    WebSocketConnectOptions options = new WebSocketConnectOptions().setHost("127.0.0.1").setPort(port).setURI("/ws")
        .addHeader("Origin", "http://127.0.0.1:" + port);
    if (cookie != null) {
      options.addHeader("Cookie", cookie);
    }
    WebSocket socket = client.connect(options).await();
    GameClient game = new GameClient(client, socket);
    socket.textMessageHandler(text -> {
      synchronized (game.inbox) {
        game.arrivals.add(System.nanoTime());
        game.inbox.add(text);
      }
    });
    return game;
  }

  public GameClient send(JsonObject frame) {
    socket.writeTextMessage(frame.encode()).await();
    return this;
  }

  public GameClient sendRaw(String text) {
    socket.writeTextMessage(text).await();
    return this;
  }

  /** The next frame of this type (frames of other types are kept in {@link #seen()}); fails after 10 s. */
  public JsonObject await(String type) {
    return awaitAny(10, type);
  }

  /** The next frame of any of these types (others are kept in {@link #seen()}); fails after {@code seconds}. */
  public JsonObject awaitAny(int seconds, String... types) {
    java.util.Set<String> wanted = java.util.Set.of(types);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    try {
      while (System.nanoTime() < deadline) {
        String text = inbox.poll(200, TimeUnit.MILLISECONDS);
        if (text != null) {
          Long at = arrivals.poll(1, TimeUnit.SECONDS);
          lastArrival = at == null ? System.nanoTime() : at;
          seen.add(text);
          JsonObject frame = new JsonObject(text);
          if (wanted.contains(frame.getString("type"))) {
            return frame;
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    throw new AssertionError("None of " + wanted + " within " + seconds + " s; received " + seen);
  }

  /** When the frame {@link #await} last returned (or passed over) arrived, as {@link System#nanoTime}. */
  public long lastArrival() {
    return lastArrival;
  }

  /** Every frame received so far, as sent. */
  public List<String> seen() {
    synchronized (inbox) {
      inbox.drainTo(seen);
      arrivals.clear();
    }
    return seen;
  }

  public boolean closed() {
    return socket.isClosed();
  }

  /** Waits for the server to close the connection (up to 10 s) and returns the close code it gave. */
  public int awaitClosed() {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!socket.isClosed() && System.nanoTime() < deadline) {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    if (!socket.isClosed()) {
      throw new AssertionError("The server did not close the connection within 10 s; received " + seen());
    }
    Short code = socket.closeStatusCode();
    return code == null ? -1 : code;
  }

  @Override
  public void close() {
    if (!socket.isClosed()) {
      socket.close().await();
    }
    client.close().await();
  }
}
