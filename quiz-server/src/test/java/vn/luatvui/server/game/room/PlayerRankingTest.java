package vn.luatvui.server.game.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.luatvui.server.game.room.Player.Presence;
import vn.luatvui.server.judging.AnswerPayload;

class PlayerRankingTest {

  private static Player player(int id, int score, long correctTimeMs) {
    return new Player(id, "P" + id, "t" + id, Presence.CONNECTED, 0, score, 0, 0, correctTimeMs, 0);
  }

  private static List<Integer> ids(List<Player> players, int[] order) {
    List<Integer> ids = new ArrayList<>();
    for (int i : order) {
      ids.add(players.get(i).id());
    }
    return ids;
  }

  @Test
  void kahoot_ranks_by_score_then_join_order() {
    List<Player> players = List.of(player(1, 900, 0), player(2, 1500, 0), player(3, 900, 0), player(4, 2000, 0));

    assertThat(ids(players, PlayerRanking.order(players, ScoringMode.KAHOOT))).containsExactly(4, 2, 1, 3);
  }

  @Test
  void kahoot_ignores_answer_time_in_ties() {
    List<Player> players = List.of(player(1, 1000, 9_000), player(2, 1000, 1_000));

    assertThat(ids(players, PlayerRanking.order(players, ScoringMode.KAHOOT))).containsExactly(1, 2);
  }

  @Test
  void accuracy_first_breaks_score_ties_by_less_time_on_correct_answers_then_join_order() {
    List<Player> players = List.of(player(1, 3000, 12_000), player(2, 3000, 8_000), player(3, 4000, 30_000),
        player(4, 3000, 8_000), player(5, 1000, 100));

    assertThat(ids(players, PlayerRanking.order(players, ScoringMode.ACCURACY_FIRST))).containsExactly(3, 2, 4, 1, 5);
  }

  @Test
  void only_players_in_the_game_are_ranked() {
    List<Player> players = List.of(player(1, 100, 0), player(2, 900, 0).with(Presence.KICKED),
        player(3, 50, 0).with(Presence.DISCONNECTED), player(4, 800, 0).with(Presence.LEFT));

    assertThat(ids(players, PlayerRanking.order(players, ScoringMode.KAHOOT))).containsExactly(1, 3);
  }

  @Test
  void ten_thousand_players_are_ranked_correctly_after_a_question() {
    Random random = new Random(2025);
    List<Player> players = new ArrayList<>();
    for (int id = 1; id <= 10_000; id++) {
      players.add(player(id, random.nextInt(40) * 250, random.nextInt(5) * 1_000L));
    }
    for (ScoringMode mode : ScoringMode.values()) {
      Comparator<Player> expected = Comparator.comparingInt((Player p) -> -p.score());
      if (mode == ScoringMode.ACCURACY_FIRST) {
        expected = expected.thenComparingLong(Player::correctTimeMs);
      }
      List<Integer> sorted = players.stream().sorted(expected.thenComparingInt(Player::id)).map(Player::id).toList();
      PlayerRanking.order(players, mode);

      long started = System.nanoTime();
      int[] order = PlayerRanking.order(players, mode);
      long micros = (System.nanoTime() - started) / 1_000;

      System.out.printf("PlayerRanking 10,000 players (%s): %d µs%n", mode, micros);
      assertThat(ids(players, order)).isEqualTo(sorted);
    }
  }

  @Test
  void ten_thousand_players_get_their_rank_and_the_top_when_a_question_closes() {
    Play play = new Play(Fixtures.inBankOrder(Fixtures.noLeadIn().withLateJoin(true).withMaxPlayers(10_000),
        Fixtures.single()));
    for (int i = 1; i <= 10_000; i++) {
      play.send(new RoomCommand.Join("Người chơi " + i, "token-" + i, play.now));
    }
    play.start();
    for (int id = 1; id < 10_000; id++) {
      play.now = Play.T0 + id;
      play.answer(id, AnswerPayload.ofChoice(id % 2 == 0 ? 0 : 1));
    }
    play.now = Play.T0 + 10_000;

    long started = System.nanoTime();
    play.answer(10_000, AnswerPayload.ofChoice(0));
    long millis = (System.nanoTime() - started) / 1_000_000;
    System.out.printf("Last of 10,000 answers, closing the question (score, rank, reveal, 10,000 results): %d ms%n",
        millis);

    assertThat(play.room.phase()).isEqualTo(Phase.REVEAL);
    assertThat(play.one(RoomEvent.Reveal.class).closedBy()).isEqualTo(QuestionOutcome.ClosedBy.ALL_ANSWERED);
    assertThat(play.events(RoomEvent.PlayerResult.class)).hasSize(10_000);
    assertThat(play.room.top(3)).extracting(ScoreLine::playerId).containsExactly(2, 4, 6);
    assertThat(play.player(2).rank()).isEqualTo(1);
    assertThat(play.player(10_000).rank()).isEqualTo(5_000);
    assertThat(play.player(1).rank()).isEqualTo(5_001);
    assertThat(play.player(9_999).rank()).isEqualTo(10_000);
  }
}
