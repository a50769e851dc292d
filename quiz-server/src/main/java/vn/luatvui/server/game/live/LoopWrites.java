package vn.luatvui.server.game.live;

import io.vertx.core.Context;
import io.vertx.core.internal.ContextInternal;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The writes waiting for one event loop's sockets, run there in the order they were handed over:
 * one task on the loop takes all that are waiting, rather than one task per frame. A room seating
 * thousands of screens at once (after a takeover), or acknowledging thousands of answers a second,
 * hands each loop thousands of frames; one task each meant as many hand-offs between threads, each
 * a chance to wake the loop, while the room's thread waited its turn for the processor.
 */
final class LoopWrites {
  private static final Logger LOG = LoggerFactory.getLogger(LoopWrites.class);
  private final Context loop;
  private final Queue<Runnable> waiting = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean scheduled = new AtomicBoolean();

  private LoopWrites(Context loop) {
    this.loop = loop;
  }

  /** The queue of the event loop {@code loop} stands for (one per loop, kept with its context). */
  static LoopWrites of(Context loop) {
    return (LoopWrites) ((ContextInternal) loop).contextData()
        .computeIfAbsent(LoopWrites.class, k -> new LoopWrites(loop));
  }

  /** Runs {@code write} on the loop, after every write handed over before it. */
  void run(Runnable write) {
    waiting.add(write);
    if (scheduled.compareAndSet(false, true)) {
      loop.runOnContext(v -> drain());
    }
  }

  /**
   * Takes what is waiting. The flag is cleared first: a write added from now on either is taken by
   * this pass or schedules the next, so none is left behind.
   */
  private void drain() {
    scheduled.set(false);
    Runnable write;
    while ((write = waiting.poll()) != null) {
      try {
        write.run();
      } catch (RuntimeException e) {
        LOG.warn("A write to a socket failed", e); // the others still go
      }
    }
  }
}
