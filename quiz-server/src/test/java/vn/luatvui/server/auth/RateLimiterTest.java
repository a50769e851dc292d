package vn.luatvui.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lettuce.core.RedisClient;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.stream.IntStream;
import java.util.function.Supplier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.luatvui.server.auth.RateLimiter.Limit;
import vn.luatvui.server.infra.RedisKeys;
import vn.luatvui.server.support.TestRedis;
import vn.luatvui.server.infra.RedisLink;

/** The limits against the real Redis: atomic under parallel requests, sliding, all-or-nothing. */
class RateLimiterTest {
  private static final TestRedis REDIS = new TestRedis();
  private static RedisClient client;
  private static RedisLink connection;
  private static Vertx vertx;
  private static RateLimiter limiter;

  @BeforeAll
  static void connect() {
    client = RedisClient.create(TestRedis.URI);
    connection = RedisLink.of(client.connect());
    vertx = Vertx.vertx();
    limiter = new RateLimiter(vertx, connection, new RedisKeys(REDIS.prefix()));
  }

  @AfterAll
  static void close() {
    vertx.close().await();
    connection.close();
    client.shutdown();
    REDIS.close();
  }

  @Test
  void a_hundred_parallel_checks_let_exactly_the_limit_through() {
    List<Future<Boolean>> answers = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      answers.add(limiter.allow("parallel", "subject", 10, Duration.ofMinutes(1)));
    }
    Future.all(answers).await();

    assertThat(answers.stream().filter(Future::result)).hasSize(10);
  }

  @Test
  void the_window_slides_so_a_window_edge_lets_no_second_helping_through() throws Exception {
    Duration window = Duration.ofSeconds(2);
    // Just before an edge of a fixed two-second window, then just after it.
    while (System.currentTimeMillis() % window.toMillis() < 1700) {
      Thread.sleep(20);
    }
    for (int i = 0; i < 5; i++) {
      assertThat(limiter.allow("slide", "s", 5, window).await()).isTrue();
    }
    Thread.sleep(500);
    for (int i = 0; i < 5; i++) {
      assertThat(limiter.allow("slide", "s", 5, window).await()).as("attempt %d after the edge", i).isFalse();
    }
    Thread.sleep(window.toMillis());
    assertThat(limiter.allow("slide", "s", 5, window).await()).as("once the first five are a window old").isTrue();
  }

  @Test
  void limits_counted_together_count_under_all_or_none_and_a_refund_takes_the_attempt_back() {
    Limit small = new Limit("together", "small", 1, Duration.ofMinutes(1));
    Limit large = new Limit("together", "large", 5, Duration.ofMinutes(1));

    RateLimiter.Outcome first = limiter.acquire(List.of(large, small)).await();
    RateLimiter.Outcome second = limiter.acquire(List.of(large, small)).await();
    assertThat(first.allowed()).isTrue();
    assertThat(second.refusedBy()).isEqualTo(small);
    assertThat(limiter.allow("together", "large", 2, Duration.ofMinutes(1)).await())
        .as("the refused attempt was not counted under the large limit").isTrue();

    limiter.refund(first.permit()).await();
    assertThat(limiter.acquire(List.of(large, small)).await().allowed()).isTrue();
  }

  @Test
  void only_wrong_guesses_use_up_the_budget_and_parallel_guesses_cannot_pass_it() {
    Limit codes = new Limit("guess", "203.0.113.9", 3, Duration.ofMinutes(15));
    Supplier<RuntimeException> full = () -> new IllegalStateException("full");

    for (int i = 0; i < 5; i++) {
      assertThat(limiter.guess(codes, () -> Future.succeededFuture("right"), full).await()).isEqualTo("right");
    }
    List<Future<String>> wrong = IntStream.range(0, 20)
        .mapToObj(i -> limiter.<String>guess(codes, () -> Future.succeededFuture(null), full)).toList();
    Future.join(wrong).otherwiseEmpty().await();

    assertThat(wrong.stream().filter(Future::succeeded)).as("wrong guesses checked").hasSize(3);
    assertThat(wrong.stream().filter(Future::failed)).allSatisfy(f -> assertThat(f.cause()).hasMessage("full"));
    assertThatThrownBy(() -> limiter.guess(codes, () -> Future.succeededFuture("right"), full).await())
        .as("past the limit even a right guess is not checked").hasMessageContaining("full");
  }
}
