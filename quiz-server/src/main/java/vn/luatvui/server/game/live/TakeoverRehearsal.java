package vn.luatvui.server.game.live;

import java.util.ArrayList;
import java.util.List;
import vn.luatvui.bank.question.Choice;
import vn.luatvui.bank.question.QuestionContent;
import vn.luatvui.bank.question.QuestionType;
import vn.luatvui.server.game.room.Delivery;
import vn.luatvui.server.game.room.GameOptions;
import vn.luatvui.server.game.room.GameQuestion;
import vn.luatvui.server.game.room.GameSetup;
import vn.luatvui.server.game.room.Phase;
import vn.luatvui.server.game.room.Room;
import vn.luatvui.server.game.room.RoomCommand;
import vn.luatvui.server.game.room.RoomEvent;
import vn.luatvui.server.judging.AnswerPayload;

/**
 * A takeover played through in memory, on a worker thread, the first time a server relays screens to
 * a room played on another (it may then have to take that room over): a room of
 * made-up players answers two questions, its state is packed at the reveal as a room does between
 * questions, the third question opens and half of them answer (the log), then the state is unpacked,
 * the log read back and replayed, and every player seated again and caught up, each frame encoded.
 *
 * <p>A takeover is rare, so the code it runs would otherwise run for the first time when a server
 * dies, interpreted, while the compiler works through it on processors already full: on two cores a
 * 20,000-player room took a second to unpack (a quarter of it on the processor) and its screens
 * longer to seat again. Nothing here touches Redis, the database or a socket.
 */
final class TakeoverRehearsal {
  private static final long START = 1_700_000_000_000L;

  private TakeoverRehearsal() {
  }

  /** Plays the takeover {@code rounds} times with {@code players} players; fails if the room does not come back whole. */
  static void run(int players, int rounds) {
    for (int round = 0; round < rounds; round++) {
      once(players);
    }
  }

  private static void once(int players) {
    Room room = Room.create(GameSetup.of("rehearsal", List.of(question(1), question(2), question(3)),
        GameOptions.defaults().withMaxPlayers(players), 7));
    long now = START;
    for (int i = 0; i < players; i++) {
      room.handle(new RoomCommand.Join("Người chơi " + i, token(i), now));
    }
    String packed = null;
    List<String> log = null; // the commands after the snapshot, as the room's log holds them
    for (int q = 0; q < 3; q++) {
      now = toOpenQuestion(room, now, log);
      for (int i = 0; i < (q == 2 ? players / 2 : players); i++) {
        apply(room, new RoomCommand.Answer(room.playerWithToken(token(i)).id(), q, AnswerPayload.ofChoice(i % 4),
            now + i % 1_000), log);
      }
      if (q < 2 && room.phase() == Phase.QUESTION_OPEN) {
        now = room.timerAt().orElse(now);
        apply(room, new RoomCommand.Tick(now), log);
      }
      if (q == 1) {
        packed = SnapshotCodec.pack(room.snapshot());
        log = new ArrayList<>();
      }
    }

    Room restored = Room.restore(SnapshotCodec.unpack(packed));
    for (RoomCommand command : CommandLog.commands(log)) {
      restored.handle(command);
    }
    restored.handle(new RoomCommand.Outage(now, now + 1_000));
    int welcomed = 0;
    for (int i = 0; i < players; i++) {
      for (Delivery d : restored.handle(new RoomCommand.Reconnect(token(i), now + 1_000)).events()) {
        if (d.event() instanceof RoomEvent.Welcome welcome) {
          Frames.welcome(welcome, token(i));
          welcomed++;
        } else {
          Frames.event(d.event());
        }
      }
    }
    if (welcomed != players || restored.phase() != Phase.QUESTION_OPEN || restored.playerCount() != players) {
      throw new IllegalStateException("The rehearsed takeover gave back " + welcomed + " of " + players
          + " players, in phase " + restored.phase());
    }
  }

  /** Moves the room on to its next question: the host's "next" where it waits, the clock where it is timed. */
  private static long toOpenQuestion(Room room, long now, List<String> log) {
    for (int step = 0; room.phase() != Phase.QUESTION_OPEN; step++) {
      if (step == 10) {
        throw new IllegalStateException("The rehearsal's room does not open its next question: " + room.phase());
      }
      if (room.timerAt().isPresent()) {
        now = room.timerAt().getAsLong();
        apply(room, new RoomCommand.Tick(now), log);
      } else {
        apply(room, room.phase() == Phase.LOBBY ? new RoomCommand.Start(now) : new RoomCommand.Next(now), log);
      }
    }
    return now;
  }

  private static void apply(Room room, RoomCommand command, List<String> log) {
    room.handle(command);
    if (log != null) {
      log.add(CommandLog.entry(command));
    }
  }

  private static GameQuestion question(int n) {
    return new GameQuestion(n, 1, new QuestionContent(QuestionType.SINGLE_CHOICE, "Câu hỏi diễn tập " + n,
        List.of(new Choice("A", true), new Choice("B", false), new Choice("C", false), new Choice("D", false)),
        List.of(), null, List.of(), List.of(), 1, null, null, null, null), 20, 1000);
  }

  private static String token(int player) {
    return "rehearsal-" + player;
  }
}
