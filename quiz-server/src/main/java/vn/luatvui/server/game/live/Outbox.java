package vn.luatvui.server.game.live;

import java.util.ArrayDeque;
import java.util.List;
import java.util.function.Consumer;
import vn.luatvui.server.game.room.Delivery;

/**
 * The room's events on their way to the screens, in the order the room produced them. The events of
 * a command whose reply promises something that must survive a restart (an answer acknowledged, a
 * reconnect token handed out) wait until the command is in the log; the events after them wait
 * behind them. Everything else goes out at once. Used on the room's thread only.
 */
final class Outbox {
  /** One command's events, with the connection that sent the command and the token it is given. */
  static final class Batch {
    final List<Delivery> events;
    final Link requester;
    final String token;
    private boolean ready;

    private Batch(List<Delivery> events, Link requester, String token, boolean ready) {
      this.events = events;
      this.requester = requester;
      this.token = token;
      this.ready = ready;
    }
  }

  private final ArrayDeque<Batch> queue = new ArrayDeque<>();
  private final Consumer<Batch> send;

  Outbox(Consumer<Batch> send) {
    this.send = send;
  }

  /** Queues a command's events; with {@code waitForLog}, they go out only after {@link #logged}. */
  Batch add(List<Delivery> events, Link requester, String token, boolean waitForLog) {
    Batch batch = new Batch(events, requester, token, !waitForLog);
    queue.add(batch);
    flush();
    return batch;
  }

  /** The batch's command is in the log: its events may go. */
  void logged(Batch batch) {
    batch.ready = true;
    flush();
  }

  /** The batch's command could not be logged: its events never go. */
  void drop(Batch batch) {
    queue.remove(batch);
    flush();
  }

  private void flush() {
    while (!queue.isEmpty() && queue.peek().ready) {
      send.accept(queue.poll());
    }
  }
}
