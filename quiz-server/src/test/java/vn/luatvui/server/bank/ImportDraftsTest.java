package vn.luatvui.server.bank;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisClient;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.luatvui.bank.formats.RowFix;
import vn.luatvui.server.bank.ImportDrafts.Kept;
import vn.luatvui.server.infra.RedisKeys;
import vn.luatvui.server.infra.RedisLink;
import vn.luatvui.server.support.TestRedis;

/** The rows fixed in an import's preview, kept in the real Redis: both limits hold under parallel requests. */
class ImportDraftsTest {
  private static final TestRedis REDIS = new TestRedis();
  private static RedisClient client;
  private static RedisLink connection;
  private static Vertx vertx;

  @BeforeAll
  static void connect() {
    client = RedisClient.create(TestRedis.URI);
    connection = RedisLink.of(client.connect());
    vertx = Vertx.vertx();
  }

  @AfterAll
  static void close() {
    vertx.close().await();
    connection.close();
    client.shutdown();
    REDIS.close();
  }

  private static ImportDrafts drafts(int maxFixes, long maxBytes) {
    return new ImportDrafts(vertx, connection, new RedisKeys(REDIS.prefix()), maxFixes, maxBytes);
  }

  private static RowFix row(int row, int textLength) {
    return new RowFix(row, Map.of("text", "đ".repeat(textLength)));
  }

  @Test
  void fifty_parallel_fixes_of_different_rows_keep_exactly_the_rows_allowed() {
    ImportDrafts drafts = drafts(10, 1_000_000);
    List<Future<Kept>> answers = new ArrayList<>();
    for (int i = 1; i <= 50; i++) {
      answers.add(drafts.keep(1, "parallel-import", row(i, 20)));
    }
    Future.all(answers).await();
    assertThat(answers.stream().filter(a -> a.result() == Kept.KEPT)).hasSize(10);
    assertThat(answers.stream().filter(a -> a.result() == Kept.TOO_MANY_ROWS)).hasSize(40);
    assertThat(drafts.fixes(1, "parallel-import").await()).hasSize(10);
    // A row already fixed may be fixed again when the import is full.
    assertThat(drafts.keep(1, "parallel-import", drafts.fixes(1, "parallel-import").await().get(0)).await())
        .isEqualTo(Kept.KEPT);
  }

  @Test
  void a_user_s_fixed_rows_over_all_imports_stay_within_the_budget_until_an_import_is_done() {
    ImportDrafts drafts = drafts(1000, 2_000);
    assertThat(drafts.keep(2, "first-import", row(1, 300)).await()).isEqualTo(Kept.KEPT);
    assertThat(drafts.keep(2, "second-import", row(1, 300)).await()).isEqualTo(Kept.KEPT);
    // Another user has a budget of their own.
    assertThat(drafts.keep(3, "first-import", row(1, 600)).await()).isEqualTo(Kept.KEPT);
    // One more large row would pass this user's budget (about 1,220 bytes kept already).
    assertThat(drafts.keep(2, "second-import", row(2, 400)).await()).isEqualTo(Kept.TOO_MANY_BYTES);
    assertThat(drafts.fixes(2, "second-import").await()).extracting(RowFix::row).containsExactly(1);
    // A row made shorter always fits; the first import, once done, gives its bytes back.
    assertThat(drafts.keep(2, "second-import", row(1, 10)).await()).isEqualTo(Kept.KEPT);
    drafts.forget(2, "first-import").await();
    assertThat(drafts.keep(2, "second-import", row(2, 400)).await()).isEqualTo(Kept.KEPT);
    assertThat(drafts.fixes(2, "first-import").await()).isEmpty();
  }
}
