package vn.luatvui.server.media;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.luatvui.server.support.Http;
import vn.luatvui.server.support.RunningServer;

/**
 * Lesson videos over HTTP: an author uploads an MP4 or a WebM (known by its bytes), it is stored in
 * chunks once, and anyone plays it from its address with byte ranges, as browsers seek.
 */
class VideosApiTest {
  /** A cap of 3 MB, so the test can pass it. */
  @RegisterExtension
  static final RunningServer running = new RunningServer(Map.of("VIDEO_MAX_MB", "3"));
  private static final int MB = 1024 * 1024;
  private static final byte[] VIDEO = Videos.mp4(2 * MB + 500_000, 7);
  private static Http author;
  private static Http host;
  private static String url;

  @BeforeAll
  static void start() {
    running.admin().post("/api/users", new JsonObject().put("email", "video.tacgia@luatvui.test").put("displayName", "Tác giả")
        .put("password", "mat-khau-du-dai").put("roles", new JsonArray().add("AUTHOR")));
    running.admin().post("/api/users", new JsonObject().put("email", "video.chutri@luatvui.test").put("displayName", "Chủ trì")
        .put("password", "mat-khau-du-dai").put("roles", new JsonArray().add("HOST")));
    author = new Http(running.server().config().httpPort()).login("video.tacgia@luatvui.test", "mat-khau-du-dai");
    host = new Http(running.server().config().httpPort()).login("video.chutri@luatvui.test", "mat-khau-du-dai");
    HttpResponse<String> uploaded = author.postBytes("/api/media/videos", VIDEO, "application/octet-stream");
    assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
    url = Http.json(uploaded).getString("url");
  }

  @Test
  void an_uploaded_mp4_is_stored_in_chunks_once_under_the_hash_of_its_bytes() throws Exception {
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(VIDEO));
    assertThat(url).isEqualTo("/media/" + sha + ".mp4");
    assertThat(count("media_video_chunk c JOIN media_video v ON v.id = c.video_id WHERE v.sha256 = '" + sha + "'"))
        .isEqualTo(3);
    int videos = count("media_video");
    int chunks = count("media_video_chunk");

    HttpResponse<String> again = author.postBytes("/api/media/videos", VIDEO, "video/quicktime");
    assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
    assertThat(Http.json(again).getString("url")).isEqualTo(url);
    assertThat(Http.json(again).getString("mediaType")).isEqualTo("video/mp4");
    assertThat(Http.json(again).getLong("bytes")).isEqualTo(VIDEO.length);
    assertThat(count("media_video")).isEqualTo(videos);
    assertThat(count("media_video_chunk")).isEqualTo(chunks);

    byte[] webm = Videos.ebml("webm", 5000, 8);
    HttpResponse<String> small = author.postBytes("/api/media/videos", webm, "application/octet-stream");
    assertThat(small.statusCode()).as(small.body()).isEqualTo(201);
    assertThat(Http.json(small).getString("url")).endsWith(".webm");
    HttpResponse<byte[]> served = new Http(author.port()).getRaw(Http.json(small).getString("url"), "Accept", "*/*");
    assertThat(served.headers().firstValue("Content-Type")).hasValue("video/webm");
    assertThat(served.body()).isEqualTo(webm);
  }

  @Test
  void the_whole_video_is_served_with_immutable_caching_and_an_invitation_to_ask_for_ranges() {
    HttpResponse<byte[]> whole = new Http(author.port()).getRaw(url, "Accept-Encoding", "gzip, br");
    assertThat(whole.statusCode()).isEqualTo(200);
    assertThat(whole.body()).isEqualTo(VIDEO);
    assertThat(whole.headers().firstValue("Content-Type")).hasValue("video/mp4");
    assertThat(whole.headers().firstValue("Content-Length")).hasValue(String.valueOf(VIDEO.length));
    assertThat(whole.headers().firstValue("Content-Encoding").orElse("identity")).isEqualTo("identity");
    assertThat(whole.headers().firstValue("Accept-Ranges")).hasValue("bytes");
    assertThat(whole.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
    assertThat(whole.headers().firstValue("ETag")).hasValue("\"" + url.substring(7, 71) + "\"");
    assertThat(whole.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(whole.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("media-src 'self'");

    assertThat(new Http(author.port()).getRaw(url, "If-None-Match", "\"" + url.substring(7, 71) + "\"").statusCode())
        .isEqualTo(304);
    assertThat(new Http(author.port()).getRaw(url.replace(".mp4", ".webm"), "Accept", "*/*").statusCode()).isEqualTo(404);
    assertThat(new Http(author.port()).getRaw("/media/" + "0".repeat(64) + ".mp4", "Accept", "*/*").statusCode()).isEqualTo(404);
  }

  @Test
  void one_range_is_answered_206_with_just_its_bytes_even_across_chunks() {
    assertPart("bytes=0-1", 0, 1);
    assertPart("bytes=1048000-1049999", 1_048_000, 1_049_999);
    assertPart("bytes=1048576-", 1_048_576, VIDEO.length - 1);
    assertPart("bytes=-500", VIDEO.length - 500, VIDEO.length - 1);
    assertPart("bytes=2000000-99999999", 2_000_000, VIDEO.length - 1);
  }

  private static void assertPart(String range, int first, int last) {
    HttpResponse<byte[]> part = new Http(author.port()).getRaw(url, "Range", range);
    assertThat(part.statusCode()).as(range).isEqualTo(206);
    assertThat(part.headers().firstValue("Content-Range")).as(range)
        .hasValue("bytes " + first + "-" + last + "/" + VIDEO.length);
    assertThat(part.headers().firstValue("Content-Length")).as(range).hasValue(String.valueOf(last - first + 1));
    assertThat(part.body()).as(range).isEqualTo(Arrays.copyOfRange(VIDEO, first, last + 1));
  }

  @Test
  void several_ranges_or_one_past_the_end_are_416_with_the_size() {
    for (String range : new String[] {"bytes=0-1,10-20", "bytes=" + VIDEO.length + "-", "bytes=9-3"}) {
      HttpResponse<byte[]> refused = new Http(author.port()).getRaw(url, "Range", range);
      assertThat(refused.statusCode()).as(range).isEqualTo(416);
      assertThat(refused.headers().firstValue("Content-Range")).as(range).hasValue("bytes */" + VIDEO.length);
      assertThat(refused.body()).as(range).isEmpty();
    }
  }

  @Test
  void head_tells_the_length_and_type_without_a_body() throws Exception {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    URI address = URI.create("http://127.0.0.1:" + author.port() + url);
    HttpResponse<byte[]> whole = client.send(HttpRequest.newBuilder(address).method("HEAD", HttpRequest.BodyPublishers.noBody())
        .build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(whole.statusCode()).isEqualTo(200);
    assertThat(whole.headers().firstValue("Content-Length")).hasValue(String.valueOf(VIDEO.length));
    assertThat(whole.headers().firstValue("Content-Type")).hasValue("video/mp4");
    assertThat(whole.headers().firstValue("Accept-Ranges")).hasValue("bytes");
    assertThat(whole.body()).isEmpty();
    HttpResponse<byte[]> part = client.send(HttpRequest.newBuilder(address).header("Range", "bytes=10-19")
        .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(part.statusCode()).isEqualTo(206);
    assertThat(part.headers().firstValue("Content-Range")).hasValue("bytes 10-19/" + VIDEO.length);
  }

  @Test
  void files_that_are_not_mp4_or_webm_by_their_bytes_are_refused_and_nothing_is_written() throws Exception {
    int videos = count("media_video");
    int chunks = count("media_video_chunk");
    Map<String, byte[]> fakes = Map.of(
        "a page called .mp4", "<html><script>alert(1)</script></html>".repeat(100).getBytes(StandardCharsets.UTF_8),
        "a Matroska file", Videos.ebml("matroska", 2 * MB, 9),
        "a PNG", ImagesApiTest.png(java.awt.Color.RED, 50, 50));
    for (Map.Entry<String, byte[]> fake : fakes.entrySet()) {
      HttpResponse<String> refused = author.postBytes("/api/media/videos", fake.getValue(), "video/mp4");
      assertThat(refused.statusCode()).as(fake.getKey()).isEqualTo(422);
      assertThat(Http.json(refused).getJsonObject("error").getString("message")).as(fake.getKey())
          .isEqualTo("Tệp không phải là video MP4 hay WebM.");
    }
    HttpResponse<String> empty = author.postBytes("/api/media/videos", new byte[0], "video/mp4");
    assertThat(empty.statusCode()).isEqualTo(422);
    assertThat(Http.json(empty).getJsonObject("error").getString("message")).contains("trống");
    assertThat(count("media_video")).isEqualTo(videos);
    assertThat(count("media_video_chunk")).isEqualTo(chunks);
  }

  @Test
  void only_authors_and_reviewers_upload() {
    assertThat(host.postBytes("/api/media/videos", Videos.mp4(1000, 1), "video/mp4").statusCode()).isEqualTo(403);
    assertThat(new Http(author.port()).postBytes("/api/media/videos", Videos.mp4(1000, 1), "video/mp4").statusCode())
        .isIn(401, 403);
  }

  @Test
  void a_video_over_the_cap_is_refused_from_its_head_or_as_it_passes_the_cap_and_nothing_is_written() throws Exception {
    int videos = count("media_video");
    int chunks = count("media_video_chunk");
    try (Socket socket = open("Content-Length: " + (3L * MB + 1))) {
      assertThat(status(socket)).isEqualTo("HTTP/1.1 413");
    }
    // Sent in chunks of unknown total, the body is counted as it arrives.
    try (Socket socket = open("Transfer-Encoding: chunked")) {
      byte[] video = Videos.mp4(3 * MB + 1, 10);
      OutputStream out = socket.getOutputStream();
      for (int at = 0; at < video.length; at += 64 * 1024) {
        int length = Math.min(64 * 1024, video.length - at);
        out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(video, at, length);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
      }
      out.flush();
      assertThat(status(socket)).isEqualTo("HTTP/1.1 413");
    }
    assertThat(count("media_video")).isEqualTo(videos);
    assertThat(count("media_video_chunk")).isEqualTo(chunks);
  }

  @Test
  void an_upload_cut_off_halfway_leaves_nothing_behind() throws Exception {
    int videos = count("media_video");
    int chunks = count("media_video_chunk");
    byte[] video = Videos.mp4(2 * MB, 11);
    try (Socket socket = open("Content-Length: " + video.length)) {
      socket.getOutputStream().write(video, 0, video.length / 2 + MB / 4);
      socket.getOutputStream().flush();
      Thread.sleep(500);
    }
    // The server notices the closed connection, rolls back and frees its upload slot.
    long deadline = System.currentTimeMillis() + 5000;
    while (System.currentTimeMillis() < deadline && count("media_video_chunk") != chunks) {
      Thread.sleep(100);
    }
    assertThat(count("media_video")).isEqualTo(videos);
    assertThat(count("media_video_chunk")).isEqualTo(chunks);
    for (int i = 0; i < VideoRoutes.UPLOADS_AT_ONCE + 1; i++) {
      assertThat(author.postBytes("/api/media/videos", Videos.mp4(2000, 20 + i), "video/mp4").statusCode()).isEqualTo(201);
    }
  }

  private static Socket open(String lengthHeader) throws IOException {
    Socket socket = new Socket("127.0.0.1", author.port());
    socket.setSoTimeout(10_000);
    String head = "POST /api/media/videos HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        + "Cookie: " + author.cookieHeader() + "\r\nX-CSRF-Token: " + author.csrfToken() + "\r\n"
        + "Content-Type: application/octet-stream\r\n" + lengthHeader + "\r\n\r\n";
    socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
    socket.getOutputStream().flush();
    return socket;
  }

  private static String status(Socket socket) throws IOException {
    return new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
  }

  private static int count(String from) throws Exception {
    try (Connection c = running.database().connect(); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT count(*) FROM " + from)) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
