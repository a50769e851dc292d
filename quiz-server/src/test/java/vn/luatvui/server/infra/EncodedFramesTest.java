package vn.luatvui.server.infra;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.internal.http.WebSocketInternal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EncodedFramesTest {
  /** As the game's server: no compression, whatever the client offers. */
  private static final HttpServerOptions AS_THE_GAME = new HttpServerOptions()
      .setPerMessageWebSocketCompressionSupported(false).setPerFrameWebSocketCompressionSupported(false);
  private final Vertx vertx = Vertx.vertx();
  /** Held here: a client nothing refers to any more is closed by Vert.x, with its sockets. */
  private final WebSocketClient client = vertx.createWebSocketClient(new WebSocketClientOptions()
      .setMaxFrameSize(200_000).setMaxMessageSize(200_000).setTryUsePerMessageCompression(true));
  private WebSocket phone;

  @AfterEach
  void close() {
    vertx.close().await();
  }

  @Test
  void frames_encoded_once_arrive_whole_and_in_order_with_the_socket_s_own_frames_whatever_their_length() throws Exception {
    List<Object> entries = new CopyOnWriteArrayList<>();
    ServerWebSocket ws = accept(AS_THE_GAME, socket -> {
      entries.add(EncodedFrames.entry(socket) == null ? "none before direct" : "entry before direct");
      SocketWrites.direct(socket);
      entries.add(EncodedFrames.entry(socket));
    });
    ChannelHandlerContext entry = (ChannelHandlerContext) entries.get(1);
    assertThat(entries.get(0)).isEqualTo("none before direct");
    assertThat(entry).isNotNull();

    // Each length where the header changes form (7 bits, 16 bits, 64 bits), in Vietnamese (multi-byte UTF-8).
    List<String> expected = new ArrayList<>();
    for (int bytes : new int[] {0, 1, 124, 125, 126, 127, 1_000, 65_535, 65_536, 100_000}) {
      expected.add(text(bytes));
      expected.add("own " + bytes);
    }
    CompletableFuture<List<String>> received = receive(expected.size());
    CompletableFuture<Void> written = new CompletableFuture<>();
    loop(ws).execute(() -> {
      for (int i = 0; i < expected.size(); i += 2) {
        ByteBuf frame = EncodedFrames.text(expected.get(i).getBytes(StandardCharsets.UTF_8));
        EncodedFrames.write(entry, frame);
        ws.writeTextMessage(expected.get(i + 1));
      }
      written.complete(null);
    });
    written.get(10, TimeUnit.SECONDS);

    assertThat(received.get(10, TimeUnit.SECONDS)).containsExactlyElementsOf(expected);
  }

  @Test
  void the_same_frame_goes_to_many_sockets() throws Exception {
    List<ChannelHandlerContext> entries = new CopyOnWriteArrayList<>();
    List<ServerWebSocket> sockets = new CopyOnWriteArrayList<>();
    HttpServer server = vertx.createHttpServer(AS_THE_GAME).webSocketHandshakeHandler(h -> h.accept().onSuccess(ws -> {
      SocketWrites.direct(ws);
      entries.add(EncodedFrames.entry(ws));
      sockets.add(ws);
    })).listen(0, "127.0.0.1").await();
    List<CompletableFuture<String>> phones = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      WebSocket phone = client.connect(server.actualPort(), "127.0.0.1", "/ws").await();
      CompletableFuture<String> got = new CompletableFuture<>();
      phone.textMessageHandler(got::complete);
      phones.add(got);
    }
    while (sockets.size() < 20) {
      Thread.sleep(10);
    }
    String question = "{\"type\":\"QuestionOpened\",\"text\":\"Người nghiện ma túy từ đủ 12 tuổi…\"}";
    ByteBuf frame = EncodedFrames.text(question.getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < sockets.size(); i++) {
      ChannelHandlerContext entry = entries.get(i);
      loop(sockets.get(i)).execute(() -> EncodedFrames.write(entry, frame));
    }

    for (CompletableFuture<String> phone : phones) {
      assertThat(phone.get(10, TimeUnit.SECONDS)).isEqualTo(question);
    }
  }

  @Test
  void a_socket_that_compresses_its_frames_frames_them_itself() throws Exception {
    List<Object> entries = new CopyOnWriteArrayList<>();
    accept(new HttpServerOptions().setPerMessageWebSocketCompressionSupported(true), socket -> {
      SocketWrites.direct(socket);
      entries.add(EncodedFrames.entry(socket) == null ? "none" : "entry");
    });
    assertThat(entries).containsExactly("none");
  }

  private ServerWebSocket accept(HttpServerOptions options, Consumer<ServerWebSocket> onLoop) throws Exception {
    CompletableFuture<ServerWebSocket> accepted = new CompletableFuture<>();
    HttpServer server = vertx.createHttpServer(options).webSocketHandshakeHandler(h -> h.accept().onSuccess(ws -> {
      onLoop.accept(ws);
      accepted.complete(ws);
    })).listen(0, "127.0.0.1").await();
    phone = client.connect(server.actualPort(), "127.0.0.1", "/ws").await();
    return accepted.get(10, TimeUnit.SECONDS);
  }

  private CompletableFuture<List<String>> receive(int count) {
    List<String> received = new CopyOnWriteArrayList<>();
    CompletableFuture<List<String>> all = new CompletableFuture<>();
    phone.textMessageHandler(text -> {
      received.add(text);
      if (received.size() == count) {
        all.complete(received);
      }
    });
    return all;
  }

  private static Executor loop(ServerWebSocket ws) {
    return ((WebSocketInternal) ws).channelHandlerContext().executor();
  }

  /** Text of exactly {@code bytes} bytes of UTF-8: "đ" (two bytes) repeated, with an "a" to make an odd length. */
  private static String text(int bytes) {
    return "đ".repeat(bytes / 2) + (bytes % 2 == 1 ? "a" : "");
  }
}
