package vn.luatvui.server.game.room;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.luatvui.server.game.room.Player.Presence;
import vn.luatvui.server.game.room.RoomEvent.Reveal;
import vn.luatvui.server.judging.Shuffle;

/**
 * The mutable inside of one {@link Room}, shared by the classes that handle its commands. Owned by
 * one thread; {@link #snapshot()} turns it into plain values and {@link #restore} back.
 *
 * <p>Besides the state proper it keeps what can be derived from it, rebuilt on restore: the look-ups
 * of the roster and the answers, the ranking order, the number of connected players who still have
 * to answer the open question, and the current reveal.
 */
final class RoomData {
  final GameSetup setup;
  final Roster roster;
  final Answers answers;
  final QuestionOutcome[] outcomes;
  Phase phase = Phase.LOBBY;
  int questionIndex = -1;
  long startedAt;
  long endsAt;
  boolean paused;
  long pausedAt;
  boolean locked;
  boolean lateJoinAllowed;
  boolean leaderboardShown;
  long outageFrom;
  long outageTo;

  /** Player indices, best first, as of the last ranking. */
  int[] order = new int[0];
  /** Connected players in the game who have not answered the open question. */
  int waiting;
  /** The current question's reveal, once closed; rebuilt on demand after a restore. */
  Reveal reveal;

  private RoomData(GameSetup setup, Roster roster, Answers answers) {
    this.setup = setup;
    this.roster = roster;
    this.answers = answers;
    this.outcomes = new QuestionOutcome[setup.questionCount()];
  }

  static RoomData create(GameSetup setup) {
    RoomData d = new RoomData(setup, new Roster(), Answers.empty());
    Arrays.fill(d.outcomes, QuestionOutcome.NOT_ASKED);
    d.lateJoinAllowed = setup.options().lateJoinAllowed();
    d.leaderboardShown = setup.options().leaderboardShown();
    return d;
  }

  static RoomData restore(RoomState s) {
    if (s.outcomes().size() != s.setup().questionCount()) {
      throw new IllegalArgumentException("One outcome per question");
    }
    Roster roster = Roster.of(s.players(), s.bannedNicknames());
    RoomData d = new RoomData(s.setup(), roster, Answers.restore(s.answers(), s.questionIndex(), roster.size()));
    s.outcomes().toArray(d.outcomes);
    d.phase = s.phase();
    d.questionIndex = s.questionIndex();
    d.startedAt = s.startedAt();
    d.endsAt = s.endsAt();
    d.paused = s.paused();
    d.pausedAt = s.pausedAt();
    d.locked = s.locked();
    d.lateJoinAllowed = s.lateJoinAllowed();
    d.leaderboardShown = s.leaderboardShown();
    d.outageFrom = s.outageFrom();
    d.outageTo = s.outageTo();
    d.restoreOrder();
    d.countWaiting();
    return d;
  }

  RoomState snapshot() {
    return new RoomState(setup, phase, questionIndex, startedAt, endsAt, paused, pausedAt, locked, lateJoinAllowed,
        leaderboardShown, Arrays.asList(outcomes), roster.players(), roster.bannedNicknames(), answers.all(), outageFrom, outageTo);
  }

  GameQuestion question() {
    return setup.questions().get(questionIndex);
  }

  Shuffle shuffle() {
    return setup.shuffles().get(questionIndex);
  }

  ScoringMode mode() {
    return setup.options().scoring();
  }

  boolean lastQuestion() {
    return questionIndex == setup.questionCount() - 1;
  }

  /**
   * The time an answer stamped {@code stamp} counts as given: one stamped before the room came back
   * from an outage is moved on by the outage (as the timer was), but not past its end.
   */
  long answeredAt(long stamp) {
    if (outageTo == 0 || stamp >= outageTo) {
      return stamp;
    }
    return Math.min(stamp + (outageTo - outageFrom), outageTo);
  }

  /** Time left on the running (or frozen) timer. */
  long remaining(long now) {
    return Math.max(0, endsAt - (paused ? pausedAt : now));
  }

  Player addPlayer(String nickname, String token, long now) {
    Player p = roster.add(nickname, token, now);
    waiting += waits(p) ? 1 : 0;
    return p;
  }

  /** Replaces a player's record, keeping the count of those still to answer right. */
  void put(Player updated) {
    Player before = roster.at(updated.index());
    waiting += (waits(updated) ? 1 : 0) - (waits(before) ? 1 : 0);
    roster.put(updated);
  }

  void record(Player p, PlayerAnswer a) {
    boolean waited = waits(p);
    answers.add(a);
    waiting -= waited ? 1 : 0;
  }

  private boolean waits(Player p) {
    return phase == Phase.QUESTION_OPEN && p.presence() == Presence.CONNECTED && answers.of(p) == null;
  }

  void countWaiting() {
    waiting = 0;
    for (Player p : roster.players()) {
      waiting += waits(p) ? 1 : 0;
    }
  }

  /** Ranks every player in the game afresh. */
  void rank() {
    order = PlayerRanking.order(roster.players(), mode());
    for (int r = 0; r < order.length; r++) {
      Player p = roster.at(order[r]);
      if (p.rank() != r + 1) {
        roster.put(p.withRank(r + 1));
      }
    }
  }

  private void restoreOrder() {
    int ranked = 0;
    for (Player p : roster.players()) {
      ranked += p.rank() > 0 ? 1 : 0;
    }
    order = new int[ranked];
    for (Player p : roster.players()) {
      if (p.rank() > 0) {
        order[p.rank() - 1] = p.index();
      }
    }
  }

  /** The first {@code n} of the last ranking. */
  List<ScoreLine> top(int n) {
    List<ScoreLine> top = new ArrayList<>(Math.min(n, order.length));
    for (int r = 0; r < order.length && top.size() < n; r++) {
      Player p = roster.at(order[r]);
      top.add(new ScoreLine(r + 1, p.id(), p.nickname(), p.score()));
    }
    return top;
  }
}
