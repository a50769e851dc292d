package vn.luatvui.server.game.room;

import java.util.ArrayList;
import java.util.List;
import vn.luatvui.server.game.room.Player.Presence;
import vn.luatvui.server.game.room.RoomEvent.AnswerAccepted;
import vn.luatvui.server.game.room.RoomEvent.Paused;
import vn.luatvui.server.game.room.RoomEvent.PlayerList;
import vn.luatvui.server.game.room.RoomEvent.PlayerSummary;

/**
 * What someone arriving in the middle needs to see the room as it is now: the same events the others
 * got when the phase began, with the time that remains. A player who answered the open question is
 * told so; a player in the reveal gets their own result.
 */
final class CatchUp {
  private CatchUp() {
  }

  static void player(RoomData d, Player p, long now, List<Delivery> out) {
    List<RoomEvent> events = new ArrayList<>();
    phase(d, now, events);
    switch (d.phase) {
      case QUESTION_OPEN -> {
        if (d.answers.of(p) != null) {
          events.add(new AnswerAccepted(d.questionIndex, true));
        }
      }
      case REVEAL, SCOREBOARD -> events.add(Reveals.result(d, p));
      case PODIUM, FINISHED -> events.add(Rounds.finalResult(d, p));
      default -> {
      }
    }
    paused(d, now, events);
    for (RoomEvent e : events) {
      out.add(Delivery.player(p.id(), e));
    }
  }

  static List<RoomEvent> host(RoomData d, long now) {
    List<RoomEvent> events = new ArrayList<>();
    events.add(Flow.lobby(d));
    List<PlayerSummary> players = new ArrayList<>(d.roster.active());
    for (Player p : d.roster.players()) {
      if (p.active()) {
        players.add(new PlayerSummary(p.id(), p.nickname(), p.presence() == Presence.CONNECTED, p.score(), p.rank()));
      }
    }
    events.add(new PlayerList(players));
    phase(d, now, events);
    if (d.phase == Phase.QUESTION_OPEN) {
      events.add(Rounds.count(d));
    }
    paused(d, now, events);
    return events;
  }

  /** The shared event of the current phase. */
  private static void phase(RoomData d, long now, List<RoomEvent> events) {
    switch (d.phase) {
      case QUESTION_INTRO -> events.add(Rounds.intro(d, now));
      case QUESTION_OPEN -> events.add(Rounds.opened(d, now));
      case REVEAL -> events.add(Reveals.reveal(d));
      case SCOREBOARD -> {
        events.add(Reveals.reveal(d));
        events.add(Rounds.scoreboardEvent(d));
      }
      case PODIUM -> events.add(Rounds.podiumEvent(d));
      case FINISHED -> {
        events.add(Rounds.podiumEvent(d));
        events.add(Flow.ended(d));
      }
      case LOBBY -> {
      }
    }
  }

  private static void paused(RoomData d, long now, List<RoomEvent> events) {
    if (d.paused) {
      events.add(new Paused(d.phase, d.phase.timed() ? d.remaining(now) : null));
    }
  }
}
