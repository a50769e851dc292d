package vn.luatvui.server.game.room;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.luatvui.server.game.room.QuestionOutcome.ClosedBy;
import vn.luatvui.server.game.room.RoomCommand.EndGame;
import vn.luatvui.server.game.room.RoomCommand.Pause;
import vn.luatvui.server.game.room.RoomCommand.Resume;
import vn.luatvui.server.game.room.RoomCommand.ShowLeaderboard;
import vn.luatvui.server.game.room.RoomCommand.Skip;
import vn.luatvui.server.game.room.RoomEvent.AnswerAccepted;
import vn.luatvui.server.game.room.RoomEvent.AnswerCount;
import vn.luatvui.server.game.room.RoomEvent.AnswerRejected;
import vn.luatvui.server.game.room.RoomEvent.CommandRejected;
import vn.luatvui.server.game.room.RoomEvent.FinalResult;
import vn.luatvui.server.game.room.RoomEvent.GameEnded;
import vn.luatvui.server.game.room.RoomEvent.GameStarted;
import vn.luatvui.server.game.room.RoomEvent.LobbyChanged;
import vn.luatvui.server.game.room.RoomEvent.Paused;
import vn.luatvui.server.game.room.RoomEvent.PlayerResult;
import vn.luatvui.server.game.room.RoomEvent.Podium;
import vn.luatvui.server.game.room.RoomEvent.QuestionIntro;
import vn.luatvui.server.game.room.RoomEvent.QuestionOpened;
import vn.luatvui.server.game.room.RoomEvent.QuestionSkipped;
import vn.luatvui.server.game.room.RoomEvent.Resumed;
import vn.luatvui.server.game.room.RoomEvent.Reveal;
import vn.luatvui.server.game.room.RoomEvent.Scoreboard;
import vn.luatvui.server.judging.AnswerPayload;

class RoomFlowTest {
  private final Play play = new Play(Fixtures.inBankOrder(GameOptions.defaults(), Fixtures.single(),
      Fixtures.trueFalse()));

  private int an;
  private int binh;

  private void twoPlayers() {
    an = play.join("An");
    binh = play.join("Bình");
  }

  @Test
  void a_game_goes_from_the_lobby_through_every_question_to_the_podium_and_the_end() {
    assertThat(play.room.phase()).isEqualTo(Phase.LOBBY);
    twoPlayers();

    play.start();
    assertThat(play.room.phase()).isEqualTo(Phase.QUESTION_INTRO);
    assertThat(play.one(GameStarted.class)).isEqualTo(new GameStarted(2, 2));
    assertThat(play.one(QuestionIntro.class).opensAt()).isEqualTo(Play.T0 + 3_000);
    assertThat(play.recipientOf(QuestionIntro.class)).isEqualTo(Recipient.EVERYONE);
    assertThat(play.room.timerAt()).hasValue(Play.T0 + 3_000);

    play.after(3_000).tick();
    assertThat(play.room.phase()).isEqualTo(Phase.QUESTION_OPEN);
    assertThat(play.one(QuestionOpened.class).closesAt()).isEqualTo(Play.T0 + 23_000);
    assertThat(play.one(QuestionOpened.class).remainingMillis()).isEqualTo(20_000);
    assertThat(play.one(AnswerCount.class)).isEqualTo(new AnswerCount(0, 0, 2));
    assertThat(play.recipientOf(AnswerCount.class)).isEqualTo(Recipient.HOST);

    play.after(2_000).answer(an, AnswerPayload.ofChoice(0));
    assertThat(play.to(an, AnswerAccepted.class)).isEqualTo(new AnswerAccepted(0, false));
    assertThat(play.one(AnswerCount.class)).isEqualTo(new AnswerCount(0, 1, 2));

    play.timeUp();
    assertThat(play.room.phase()).isEqualTo(Phase.REVEAL);
    assertThat(play.one(Reveal.class).closedBy()).isEqualTo(ClosedBy.TIME_UP);
    assertThat(play.recipientOf(Reveal.class)).isEqualTo(Recipient.EVERYONE);
    assertThat(play.to(an, PlayerResult.class)).isEqualTo(new PlayerResult(0, true, true, 950, 0, 1, 950, 1, 2));
    assertThat(play.to(binh, PlayerResult.class)).isEqualTo(new PlayerResult(0, false, false, 0, 0, 0, 0, 2, 2));
    assertThat(play.room.timerAt()).isEmpty();

    play.next();
    assertThat(play.room.phase()).isEqualTo(Phase.SCOREBOARD);
    assertThat(play.one(Scoreboard.class).top()).containsExactly(new ScoreLine(1, an, "An", 950),
        new ScoreLine(2, binh, "Bình", 0));

    play.next();
    assertThat(play.room.phase()).isEqualTo(Phase.QUESTION_INTRO);
    assertThat(play.room.questionIndex()).isEqualTo(1);
    assertThat(play.one(QuestionIntro.class).number()).isEqualTo(2);

    play.after(3_000).tick().after(1_000).answer(binh, AnswerPayload.ofChoice(0)).next();
    assertThat(play.room.phase()).isEqualTo(Phase.REVEAL);
    assertThat(play.one(Reveal.class).closedBy()).isEqualTo(ClosedBy.HOST);

    play.next().next();
    assertThat(play.room.phase()).isEqualTo(Phase.PODIUM);
    assertThat(play.one(Podium.class).top()).extracting(ScoreLine::nickname).containsExactly("Bình", "An");
    assertThat(play.to(binh, FinalResult.class)).isEqualTo(new FinalResult(1, 975, 1, 2));
    assertThat(play.to(an, FinalResult.class)).isEqualTo(new FinalResult(2, 950, 1, 2));

    play.next();
    assertThat(play.room.phase()).isEqualTo(Phase.FINISHED);
    assertThat(play.one(GameEnded.class)).isEqualTo(new GameEnded(false));

    play.next();
    assertThat(play.one(CommandRejected.class).reason()).isEqualTo(Rejection.GAME_OVER);
    assertThat(play.recipientOf(CommandRejected.class)).isEqualTo(Recipient.REQUESTER);
  }

  @Test
  void with_no_lead_in_answers_open_as_soon_as_the_question_is_shown() {
    Play quick = new Play(Fixtures.inBankOrder(Fixtures.noLeadIn(), Fixtures.single()));
    quick.join("An");

    quick.start();

    assertThat(quick.room.phase()).isEqualTo(Phase.QUESTION_OPEN);
    assertThat(quick.events(QuestionIntro.class)).isEmpty();
    assertThat(quick.one(QuestionOpened.class).closesAt()).isEqualTo(Play.T0 + 20_000);
  }

  @Test
  void a_tick_before_the_timer_is_due_changes_nothing() {
    twoPlayers();
    play.start().after(2_999).tick();

    assertThat(play.room.phase()).isEqualTo(Phase.QUESTION_INTRO);
    assertThat(play.last).isEmpty();
  }

  @Test
  void next_during_the_lead_in_opens_answers_at_once() {
    twoPlayers();
    play.start().after(1_000).next();

    assertThat(play.room.phase()).isEqualTo(Phase.QUESTION_OPEN);
    assertThat(play.room.timerAt()).hasValue(Play.T0 + 21_000);
  }

  @Test
  void the_question_closes_as_soon_as_every_connected_player_has_answered() {
    twoPlayers();
    int chi = play.join("Chi");
    play.send(new RoomCommand.Disconnect(chi, play.now));
    play.start().after(3_000).tick();

    play.after(1_000).answer(an, AnswerPayload.ofChoice(0));
    assertThat(play.room.phase()).isEqualTo(Phase.QUESTION_OPEN);
    play.answer(binh, AnswerPayload.ofChoice(1));

    assertThat(play.room.phase()).isEqualTo(Phase.REVEAL);
    assertThat(play.one(Reveal.class).closedBy()).isEqualTo(ClosedBy.ALL_ANSWERED);
    assertThat(play.one(Reveal.class).playerCount()).isEqualTo(3);
  }

  @Test
  void a_hidden_leaderboard_leaves_out_the_scoreboard_and_the_host_can_show_it_again() {
    twoPlayers();
    play.send(new ShowLeaderboard(false, play.now));
    assertThat(play.one(LobbyChanged.class)).isEqualTo(new LobbyChanged(false, true, false, 2, GameOptions.DEFAULT_MAX_PLAYERS));
    assertThat(play.recipientOf(LobbyChanged.class)).isEqualTo(Recipient.HOST);

    play.start().after(3_000).tick().timeUp().next();
    assertThat(play.room.phase()).isEqualTo(Phase.QUESTION_INTRO);
    assertThat(play.events(Scoreboard.class)).isEmpty();

    play.send(new ShowLeaderboard(true, play.now)).after(3_000).tick().timeUp().next();
    assertThat(play.room.phase()).isEqualTo(Phase.SCOREBOARD);
  }

  @Test
  void pausing_freezes_the_remaining_time_and_resuming_gives_it_back() {
    twoPlayers();
    play.start().after(3_000).tick();
    long opened = play.now;

    play.after(5_000).send(new Pause(play.now));
    assertThat(play.room.paused()).isTrue();
    assertThat(play.one(Paused.class)).isEqualTo(new Paused(Phase.QUESTION_OPEN, 15_000L));
    assertThat(play.room.timerAt()).isEmpty();

    play.after(30_000).tick();
    assertThat(play.room.phase()).isEqualTo(Phase.QUESTION_OPEN);
    play.answer(an, AnswerPayload.ofChoice(0));
    assertThat(play.to(an, AnswerRejected.class).reason()).isEqualTo(Rejection.PAUSED);

    play.after(25_000).send(new Resume(play.now));
    assertThat(play.one(Resumed.class)).isEqualTo(new Resumed(Phase.QUESTION_OPEN, play.now + 15_000, 15_000L));
    assertThat(play.room.timerAt()).hasValue(opened + 75_000);

    play.after(2_000).answer(an, AnswerPayload.ofChoice(0)).timeUp();
    assertThat(play.to(an, PlayerResult.class).points()).isEqualTo(825);
  }

  @Test
  void pausing_the_lead_in_keeps_the_rest_of_it() {
    twoPlayers();
    play.start().after(1_000).send(new Pause(play.now));
    assertThat(play.one(Paused.class).remainingMillis()).isEqualTo(2_000L);

    play.after(10_000).tick();
    assertThat(play.room.phase()).isEqualTo(Phase.QUESTION_INTRO);
    play.send(new Resume(play.now));
    assertThat(play.room.timerAt()).hasValue(play.now + 2_000);
  }

  @Test
  void a_pause_outside_a_timed_phase_just_shows_the_pause_and_the_lobby_cannot_pause() {
    play.send(new Pause(play.now));
    assertThat(play.one(CommandRejected.class).reason()).isEqualTo(Rejection.NOT_STARTED);

    twoPlayers();
    play.start().next().timeUp().send(new Pause(play.now));
    assertThat(play.one(Paused.class)).isEqualTo(new Paused(Phase.REVEAL, null));
    play.send(new Resume(play.now));
    assertThat(play.one(Resumed.class)).isEqualTo(new Resumed(Phase.REVEAL, null, null));
  }

  @Test
  void skipping_moves_on_without_scoring_the_question() {
    twoPlayers();
    play.start().after(3_000).tick().after(500).answer(an, AnswerPayload.ofChoice(0));

    play.send(new Skip(play.now));

    assertThat(play.one(QuestionSkipped.class)).isEqualTo(new QuestionSkipped(0));
    assertThat(play.room.phase()).isEqualTo(Phase.QUESTION_INTRO);
    assertThat(play.room.questionIndex()).isEqualTo(1);
    assertThat(play.player(an).score()).isZero();
    assertThat(play.player(an).streak()).isZero();
    assertThat(play.room.snapshot().outcomes().get(0).status()).isEqualTo(QuestionOutcome.Status.SKIPPED);
    assertThat(play.room.snapshot().answers()).isEmpty();
  }

  @Test
  void skipping_the_last_question_goes_to_the_podium_and_skip_is_refused_after_the_reveal() {
    twoPlayers();
    play.start().next().timeUp().send(new Skip(play.now));
    assertThat(play.one(CommandRejected.class).reason()).isEqualTo(Rejection.NOT_NOW);

    play.next().next().send(new Skip(play.now));
    assertThat(play.room.phase()).isEqualTo(Phase.PODIUM);
  }

  @Test
  void ending_early_goes_to_the_podium_without_scoring_the_open_question() {
    twoPlayers();
    play.start().next().after(1_000).answer(an, AnswerPayload.ofChoice(0)).timeUp();
    play.next().next().next().after(100).answer(binh, AnswerPayload.ofChoice(0));

    play.send(new EndGame(play.now));

    assertThat(play.room.phase()).isEqualTo(Phase.PODIUM);
    assertThat(play.one(Podium.class).top()).extracting(ScoreLine::nickname).containsExactly("An", "Bình");
    assertThat(play.player(binh).score()).isZero();
    play.next();
    assertThat(play.one(GameEnded.class)).isEqualTo(new GameEnded(true));
  }

  @Test
  void ending_in_the_lobby_finishes_at_once() {
    play.send(new EndGame(play.now));

    assertThat(play.room.phase()).isEqualTo(Phase.FINISHED);
    assertThat(play.one(GameEnded.class).early()).isTrue();
  }

  @Test
  void a_game_needs_a_player_to_start_and_starts_only_once() {
    play.start();
    assertThat(play.one(CommandRejected.class)).isEqualTo(
        new CommandRejected(Rejection.NO_PLAYERS, "Chưa có người chơi nào trong phòng."));

    twoPlayers();
    play.start().start();
    assertThat(play.one(CommandRejected.class).reason()).isEqualTo(Rejection.NOT_NOW);
    assertThat(play.room.questionIndex()).isZero();
  }

  @Test
  void moving_on_before_the_start_is_refused() {
    play.next();

    assertThat(play.one(CommandRejected.class).reason()).isEqualTo(Rejection.NOT_STARTED);
    assertThat(play.room.phase()).isEqualTo(Phase.LOBBY);
  }

  @Test
  void next_during_a_pause_moves_on_and_ends_the_pause() {
    twoPlayers();
    play.start().next().send(new Pause(play.now)).next();

    assertThat(play.room.phase()).isEqualTo(Phase.REVEAL);
    assertThat(play.room.paused()).isFalse();
  }
}
