package vn.luatvui.server.infra;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.internal.http.WebSocketInternal;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import vn.luatvui.server.config.SocketTransport;

class SocketWritesTest {
  private final Vertx vertx = Vertx.vertx();
  /** Held here: a client nothing refers to any more is closed by Vert.x, with its sockets. */
  private final WebSocketClient client = vertx.createWebSocketClient();

  @AfterEach
  void close() {
    vertx.close().await();
  }

  @Test
  void a_socket_writing_on_its_event_loop_drops_its_write_queue_and_upgrade_request_and_its_frames_arrive_in_order() throws Exception {
    List<Boolean> swapped = new CopyOnWriteArrayList<>();
    CompletableFuture<ServerWebSocket> accepted = new CompletableFuture<>();
    HttpServer server = vertx.createHttpServer().webSocketHandshakeHandler(h -> h.accept().onSuccess(ws -> {
      swapped.add(SocketWrites.direct(ws));
      swapped.add(SocketWrites.direct(ws)); // a second call changes nothing
      swapped.add(SocketWrites.forgetUpgrade(ws));
      accepted.complete(ws);
    })).listen(0, "127.0.0.1").await();
    WebSocket phone = client.connect(server.actualPort(), "127.0.0.1", "/ws").await();
    List<String> received = new CopyOnWriteArrayList<>();
    CompletableFuture<Void> all = new CompletableFuture<>();
    phone.textMessageHandler(text -> {
      received.add(text);
      if (received.size() == 200) {
        all.complete(null);
      }
    });
    ServerWebSocket ws = accepted.get(10, TimeUnit.SECONDS);

    // As the game writes: a batch of frames from the socket's own event loop.
    CompletableFuture<Void> written = new CompletableFuture<>();
    ((WebSocketInternal) ws).channelHandlerContext().executor().execute(() -> {
      for (int i = 0; i < 200; i++) {
        ws.writeTextMessage("frame " + i);
      }
      written.complete(null);
    });
    written.get(10, TimeUnit.SECONDS);
    all.get(10, TimeUnit.SECONDS);

    assertThat(swapped).containsExactly(true, true, true);
    assertThat(received).hasSize(200).startsWith("frame 0", "frame 1").endsWith("frame 199");
    assertThat(ws.writeQueueFull()).isFalse();
  }

  @Test
  void off_its_event_loop_a_socket_keeps_its_queue_and_request() throws Exception {
    CompletableFuture<ServerWebSocket> accepted = new CompletableFuture<>();
    HttpServer server = vertx.createHttpServer().webSocketHandshakeHandler(h -> h.accept().onSuccess(accepted::complete))
        .listen(0, "127.0.0.1").await();
    client.connect(server.actualPort(), "127.0.0.1", "/ws").await();

    ServerWebSocket ws = accepted.get(10, TimeUnit.SECONDS);
    assertThat(SocketWrites.direct(ws)).isFalse();
    assertThat(SocketWrites.forgetUpgrade(ws)).isFalse();
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void io_uring_when_chosen_else_the_next_transport_that_loads() {
    assertThat(NetworkTransport.of(SocketTransport.NIO).name()).isEqualTo("nio");
    assertThat(NetworkTransport.of(SocketTransport.EPOLL).name()).isIn("epoll", "nio");
    assertThat(NetworkTransport.of(SocketTransport.IO_URING).name()).isIn("io_uring", "epoll", "nio");
  }
}
