package vn.luatvui.server.media;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.luatvui.server.support.Http;
import vn.luatvui.server.support.RunningServer;

/**
 * Question images end to end over HTTP: an author uploads an image, anyone fetches it at its
 * address with year-long immutable caching; a question refers to it with a description; a ZIP of a
 * sheet and its images imports (problems named by row and column, nothing written while a row is
 * wrong), and exports back as a ZIP with the same images.
 */
class ImagesApiTest {
  @RegisterExtension
  static final RunningServer running = new RunningServer();
  private static final String HEADER = "Câu hỏi,Phương án 1,Phương án 2,Đáp án đúng,Giải thích,Trích dẫn,Ảnh,Mô tả ảnh\n";
  private static final String CITED = "Trẻ em được bảo vệ.,\"Điều 1 Luật 102/2016/QH13\"";
  private static Http author;
  private static Http host;

  @BeforeAll
  static void start() {
    running.admin().post("/api/users", new JsonObject().put("email", "anh.tacgia@luatvui.test").put("displayName", "Tác giả")
        .put("password", "mat-khau-du-dai").put("roles", new JsonArray().add("AUTHOR")));
    running.admin().post("/api/users", new JsonObject().put("email", "anh.chutri@luatvui.test").put("displayName", "Chủ trì")
        .put("password", "mat-khau-du-dai").put("roles", new JsonArray().add("HOST")));
    author = new Http(running.server().config().httpPort()).login("anh.tacgia@luatvui.test", "mat-khau-du-dai");
    host = new Http(running.server().config().httpPort()).login("anh.chutri@luatvui.test", "mat-khau-du-dai");
  }

  static byte[] png(Color colour, int width, int height) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(colour);
    g.fillRect(0, 0, width, height);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  @Test
  void an_uploaded_image_is_served_at_its_hash_with_immutable_caching_and_a_question_shows_it_with_its_description()
      throws Exception {
    HttpResponse<String> uploaded = author.postBytes("/api/media", png(Color.ORANGE, 2000, 1000), "application/octet-stream");
    assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
    JsonObject image = Http.json(uploaded);
    String url = image.getString("url");
    assertThat(url).isEqualTo("/media/" + image.getString("sha256") + ".png");
    assertThat(image.getInteger("width")).isEqualTo(1280);

    HttpResponse<byte[]> served = new Http(author.port()).getRaw(url, "Accept", "*/*");
    assertThat(served.statusCode()).isEqualTo(200);
    assertThat(served.headers().firstValue("Content-Type")).hasValue("image/png");
    assertThat(served.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
    assertThat(served.headers().firstValue("ETag")).hasValue("\"" + image.getString("sha256") + "\"");
    assertThat(served.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(served.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("img-src 'self'");
    BufferedImage back = ImageIO.read(new ByteArrayInputStream(served.body()));
    assertThat(back.getWidth()).isEqualTo(1280);
    assertThat(new Http(author.port()).getRaw(url, "If-None-Match", "\"" + image.getString("sha256") + "\"")
        .statusCode()).isEqualTo(304);
    assertThat(new Http(author.port()).getRaw(url.replace(".png", ".jpg"), "Accept", "*/*").statusCode()).isEqualTo(404);
    assertThat(new Http(author.port()).getRaw("/media/" + "0".repeat(64) + ".png", "Accept", "*/*").statusCode()).isEqualTo(404);

    JsonObject question = question("Biển báo màu cam này có ý nghĩa gì?").put("imageUrl", url);
    HttpResponse<String> noAlt = author.post("/api/questions", question);
    assertThat(noAlt.statusCode()).as(noAlt.body()).isEqualTo(422);
    assertThat(noAlt.body()).contains("imageAlt").contains("mô tả ảnh");

    HttpResponse<String> created = author.post("/api/questions", question.put("imageAlt", "Tấm biển hình chữ nhật màu cam"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonObject content = Http.json(author.get("/api/questions/" + Http.json(created).getLong("id")));
    assertThat(content.encode()).contains(url).contains("Tấm biển hình chữ nhật màu cam");

    HttpResponse<String> unknown = author.post("/api/questions", question("Ảnh không có trên máy chủ?")
        .put("imageUrl", "/media/" + "a".repeat(64) + ".png").put("imageAlt", "Không có"));
    assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(422);
    assertThat(unknown.body()).contains("chưa được tải lên");
  }

  @Test
  void only_authors_upload_and_only_images() throws Exception {
    HttpResponse<String> fake = author.postBytes("/api/media",
        "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8), "application/octet-stream");
    assertThat(fake.statusCode()).isEqualTo(422);
    assertThat(Http.json(fake).getJsonObject("error").getString("message")).contains("không phải là ảnh");

    HttpResponse<String> byHost = host.postBytes("/api/media", new byte[0], "application/octet-stream");
    assertThat(byHost.statusCode()).isEqualTo(403);
    HttpResponse<String> anonymous = new Http(author.port()).postBytes("/api/media", new byte[0],
        "application/octet-stream");
    assertThat(anonymous.statusCode()).isIn(401, 403);
    // An upload declared larger than 10 MB is refused from its head, before its body is read.
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", author.port())) {
      socket.setSoTimeout(10_000);
      String head = "POST /api/media HTTP/1.1\r\nHost: 127.0.0.1\r\n"
          + "Cookie: " + author.cookieHeader() + "\r\nX-CSRF-Token: " + author.csrfToken() + "\r\n"
          + "Content-Type: application/octet-stream\r\nContent-Length: " + (10L * 1024 * 1024 + 1) + "\r\n\r\n";
      socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      assertThat(new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 413");
    }
  }

  @Test
  void a_zip_of_a_sheet_and_its_images_imports_and_exports_back_as_a_zip() throws Exception {
    byte[] red = png(Color.RED, 120, 90);
    String broken = HEADER
        + "Câu ảnh đỏ thứ nhất?,Có,Không,1," + CITED + ",anh/do.png,Hình chữ nhật màu đỏ\n"
        + "Câu ảnh thiếu?,Có,Không,1," + CITED + ",xanh.png,Hình xanh\n"
        + "Câu ảnh giả?,Có,Không,1," + CITED + ",gia.png,Tệp chữ\n";
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("cau-hoi.csv", broken.getBytes(StandardCharsets.UTF_8));
    entries.put("anh/do.png", red);
    entries.put("gia.png", "chữ".getBytes(StandardCharsets.UTF_8));
    int questionsBefore = count("question");
    int imagesBefore = count("media_image");

    HttpResponse<String> refused = send("commit", zip(entries));

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
    JsonArray errors = Http.json(refused).getJsonArray("errors");
    assertThat(errors.size()).as(errors.encode()).isEqualTo(2);
    assertThat(errors.getJsonObject(0).getInteger("row")).isEqualTo(3);
    assertThat(errors.getJsonObject(0).getString("column")).isEqualTo("G (Ảnh)");
    assertThat(errors.getJsonObject(0).getString("message")).isEqualTo("Ảnh “xanh.png” không có trong tệp ZIP.");
    assertThat(errors.getJsonObject(1).getInteger("row")).isEqualTo(4);
    assertThat(errors.getJsonObject(1).getString("message")).contains("gia.png", "không phải là ảnh");
    assertThat(count("question")).isEqualTo(questionsBefore);
    assertThat(count("media_image")).isEqualTo(imagesBefore);

    String good = HEADER
        + "Câu ảnh đỏ số hai?,Có,Không,1," + CITED + ",do.png,Hình chữ nhật màu đỏ\n";
    entries.put("cau-hoi.csv", good.getBytes(StandardCharsets.UTF_8));
    entries.remove("gia.png");
    HttpResponse<String> committed = send("commit", zip(entries));
    assertThat(committed.statusCode()).as(committed.body()).isEqualTo(200);
    long id = Http.json(committed).getJsonArray("createdIds").getLong(0);
    JsonObject question = Http.json(author.get("/api/questions/" + id));
    String url = question.getJsonObject("content").getString("imageUrl");
    assertThat(url).matches("/media/[0-9a-f]{64}\\.png");
    assertThat(question.getJsonObject("content").getString("imageAlt")).isEqualTo("Hình chữ nhật màu đỏ");
    assertThat(new Http(author.port()).getRaw(url, "Accept", "*/*").statusCode()).isEqualTo(200);
    assertThat(count("media_image")).isEqualTo(imagesBefore + 1);

    HttpResponse<byte[]> exported = author.getRaw("/api/exports?format=CSV_LUATVUI&images=true&q=anh+do+so+hai", "Accept", "*/*");
    assertThat(exported.statusCode()).isEqualTo(200);
    assertThat(exported.headers().firstValue("Content-Type")).hasValue("application/zip");
    Map<String, byte[]> files = unzip(exported.body());
    String file = url.substring("/media/".length());
    assertThat(files).containsKeys("cau-hoi.csv", "anh/" + file);
    assertThat(new String(files.get("cau-hoi.csv"), StandardCharsets.UTF_8)).contains("anh/" + file)
        .contains("Hình chữ nhật màu đỏ");

    files.put("cau-hoi.csv", new String(files.get("cau-hoi.csv"), StandardCharsets.UTF_8)
        .replace("Câu ảnh đỏ số hai?", "Câu ảnh đỏ nhập lại?").getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> again = send("commit", zip(files));
    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    long copy = Http.json(again).getJsonArray("createdIds").getLong(0);
    assertThat(Http.json(author.get("/api/questions/" + copy)).getJsonObject("content").getString("imageUrl"))
        .isEqualTo(url);
  }

  private static HttpResponse<String> send(String mode, byte[] file) {
    return author.postBytes("/api/imports?format=CSV_LUATVUI&mode=" + mode, file, "application/octet-stream");
  }

  private static JsonObject question(String text) {
    return new JsonObject().put("type", "SINGLE_CHOICE").put("text", text)
        .put("choices", new JsonArray().add(new JsonObject().put("text", "Có").put("correct", true))
            .add(new JsonObject().put("text", "Không").put("correct", false)))
        .put("explanation", "Giải thích ngắn. Câu thứ hai.")
        .put("citations", new JsonArray().add(new JsonObject().put("document", "102/2016/QH13").put("article", 1)))
        .put("difficulty", 1);
  }

  static byte[] zip(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  static Map<String, byte[]> unzip(byte[] bytes) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        files.put(e.getName(), in.readAllBytes());
      }
    }
    return files;
  }

  private static int count(String table) throws Exception {
    try (Connection c = running.database().connect(); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
