package vn.luatvui.server.media;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.luatvui.server.support.Http;
import vn.luatvui.server.support.RunningServer;

/** Each range a player asks for is a public read: one address cannot pull a video endlessly. */
class VideoReadsLimitTest {
  @RegisterExtension
  static final RunningServer running = new RunningServer(Map.of("PUBLIC_READS_PER_MINUTE", "5"));

  @Test
  void ranges_count_against_the_public_reads_limit() {
    running.admin().post("/api/users", new JsonObject().put("email", "video.gioihan@luatvui.test").put("displayName", "Tác giả")
        .put("password", "mat-khau-du-dai").put("roles", new JsonArray().add("AUTHOR")));
    Http author = new Http(running.server().config().httpPort()).login("video.gioihan@luatvui.test", "mat-khau-du-dai");
    String url = Http.json(author.postBytes("/api/media/videos", Videos.mp4(10_000, 3), "video/mp4")).getString("url");
    for (int i = 0; i < 5; i++) {
      assertThat(new Http(author.port()).getRaw(url, "Range", "bytes=" + i + "-" + (i + 99)).statusCode()).isEqualTo(206);
    }
    HttpResponse<byte[]> limited = new Http(author.port()).getRaw(url, "Range", "bytes=0-99");
    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.headers().firstValue("Retry-After")).hasValue("60");
  }
}
