package vn.luatvui.server.game.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Writes handed to an event loop run there, all of them, each sender's in the order it sent them. */
class LoopWritesTest {
  private final Vertx vertx = Vertx.vertx();

  @AfterEach
  void stop() {
    vertx.close().await();
  }

  @Test
  void writes_from_several_threads_all_run_on_the_loop_in_each_threads_order() throws Exception {
    Context loop = vertx.getOrCreateContext();
    LoopWrites writes = LoopWrites.of(loop);
    int perSender = 20_000;
    List<String> ran = Collections.synchronizedList(new ArrayList<>());
    List<String> offLoop = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch done = new CountDownLatch(2 * perSender);
    List<Thread> senders = new ArrayList<>();
    for (String sender : List.of("a", "b")) {
      senders.add(new Thread(() -> {
        for (int i = 0; i < perSender; i++) {
          String write = sender + i;
          writes.run(() -> {
            if (Vertx.currentContext() == null || !Context.isOnEventLoopThread()) {
              offLoop.add(write);
            }
            ran.add(write);
            done.countDown();
          });
        }
      }));
    }
    senders.forEach(Thread::start);

    assertThat(done.await(20, TimeUnit.SECONDS)).as("every write ran").isTrue();
    assertThat(offLoop).isEmpty();
    for (String sender : List.of("a", "b")) {
      List<String> mine = ran.stream().filter(w -> w.startsWith(sender)).toList();
      assertThat(mine).hasSize(perSender);
      for (int i = 0; i < perSender; i++) {
        assertThat(mine.get(i)).as("sender %s, write %d", sender, i).isEqualTo(sender + i);
      }
    }
  }

  @Test
  void one_loop_has_one_queue_and_a_write_handed_over_while_others_run_is_not_left_behind() throws Exception {
    Context loop = vertx.getOrCreateContext();
    assertThat(LoopWrites.of(loop)).isSameAs(LoopWrites.of(loop));
    CountDownLatch later = new CountDownLatch(1);

    LoopWrites.of(loop).run(() -> LoopWrites.of(loop).run(later::countDown));

    assertThat(later.await(5, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void a_write_that_throws_does_not_stop_those_after_it() throws Exception {
    Context loop = vertx.getOrCreateContext();
    CountDownLatch after = new CountDownLatch(1);

    // Handed over from the loop itself, both wait for the same pass.
    loop.runOnContext(v -> {
      LoopWrites.of(loop).run(() -> {
        throw new IllegalStateException("a socket refused the write");
      });
      LoopWrites.of(loop).run(after::countDown);
    });

    assertThat(after.await(5, TimeUnit.SECONDS)).isTrue();
  }
}
