package vn.luatvui.server.game.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.luatvui.server.game.room.Player.Presence;
import vn.luatvui.server.game.room.RoomCommand.AllowLateJoin;
import vn.luatvui.server.game.room.RoomCommand.Disconnect;
import vn.luatvui.server.game.room.RoomCommand.Join;
import vn.luatvui.server.game.room.RoomCommand.Kick;
import vn.luatvui.server.game.room.RoomCommand.Leave;
import vn.luatvui.server.game.room.RoomCommand.Lock;
import vn.luatvui.server.game.room.RoomCommand.Reconnect;
import vn.luatvui.server.game.room.RoomEvent.AnswerAccepted;
import vn.luatvui.server.game.room.RoomEvent.AnswerRejected;
import vn.luatvui.server.game.room.RoomEvent.CommandRejected;
import vn.luatvui.server.game.room.RoomEvent.Kicked;
import vn.luatvui.server.game.room.RoomEvent.LobbyChanged;
import vn.luatvui.server.game.room.RoomEvent.PlayerJoined;
import vn.luatvui.server.game.room.RoomEvent.PlayerLeft;
import vn.luatvui.server.game.room.RoomEvent.PlayerResult;
import vn.luatvui.server.game.room.RoomEvent.PresenceChanged;
import vn.luatvui.server.game.room.RoomEvent.QuestionOpened;
import vn.luatvui.server.game.room.RoomEvent.Reveal;
import vn.luatvui.server.game.room.RoomEvent.Welcome;
import vn.luatvui.server.judging.AnswerPayload;

class RoomPlayersTest {
  private final Play play = new Play(Fixtures.inBankOrder(Fixtures.noLeadIn(), Fixtures.single(), Fixtures.trueFalse(),
      Fixtures.single()));

  private Rejection refusal() {
    return play.one(CommandRejected.class).reason();
  }

  @Test
  void a_player_joins_with_a_nickname_and_the_host_is_told() {
    play.send(new Join("  Đức  ", "t-1", play.now));

    assertThat(play.one(Welcome.class)).isEqualTo(new Welcome(1, "Đức", false, Phase.LOBBY, 3, 0, 0, 0));
    assertThat(play.recipientOf(Welcome.class)).isEqualTo(Recipient.REQUESTER);
    assertThat(play.one(PlayerJoined.class)).isEqualTo(new PlayerJoined(1, "Đức", 1));
    assertThat(play.recipientOf(PlayerJoined.class)).isEqualTo(Recipient.HOST);
    assertThat(play.player(1).token()).isEqualTo("t-1");
  }

  @Test
  void a_room_takes_no_more_players_than_its_host_allowed_and_a_seat_freed_by_leaving_is_taken_again() {
    Play small = new Play(Fixtures.inBankOrder(Fixtures.noLeadIn().withMaxPlayers(2), Fixtures.single()));
    int an = small.join("An");
    small.join("Bình");

    small.send(new Join("Chi", "t-3", small.now));
    assertThat(small.one(CommandRejected.class).reason()).isEqualTo(Rejection.ROOM_FULL);
    assertThat(small.room.playerCount()).isEqualTo(2);

    small.send(new Leave(an, small.now));
    small.send(new Join("Chi", "t-4", small.now));
    assertThat(small.one(Welcome.class).nickname()).isEqualTo("Chi");
  }

  @Test
  void a_game_stored_before_the_cap_existed_gets_the_default_cap() {
    assertThat(new GameOptions(ScoringMode.KAHOOT, true, 3, true, 0).maxPlayers())
        .isEqualTo(GameOptions.DEFAULT_MAX_PLAYERS);
  }

  @Test
  void a_nickname_already_used_is_refused_even_spelled_without_diacritics() {
    play.join("Đức");

    play.send(new Join("duc", "t-2", play.now));

    assertThat(play.one(CommandRejected.class)).isEqualTo(
        new CommandRejected(Rejection.NICKNAME_TAKEN, "Biệt danh đã có người dùng."));
    assertThat(play.recipientOf(CommandRejected.class)).isEqualTo(Recipient.REQUESTER);
    assertThat(play.room.playerCount()).isEqualTo(1);
  }

  @Test
  void nicknames_that_are_empty_too_long_or_offensive_are_refused() {
    play.send(new Join("   ", "t-1", play.now));
    assertThat(refusal()).isEqualTo(Rejection.NICKNAME_EMPTY);
    play.send(new Join("Nguyễn Thị Hồng Nhung", "t-1", play.now));
    assertThat(refusal()).isEqualTo(Rejection.NICKNAME_TOO_LONG);
    play.send(new Join("Đồ ngu", "t-1", play.now));
    assertThat(refusal()).isEqualTo(Rejection.NICKNAME_BLOCKED);
    assertThat(play.room.playerCount()).isZero();
  }

  @Test
  void a_locked_room_takes_no_one_until_it_is_unlocked() {
    play.send(new Lock(true, play.now));
    assertThat(play.one(LobbyChanged.class).locked()).isTrue();

    play.send(new Join("An", "t-1", play.now));
    assertThat(play.one(CommandRejected.class)).isEqualTo(new CommandRejected(Rejection.ROOM_LOCKED, "Phòng đã khóa."));

    play.send(new Lock(false, play.now));
    play.join("An");
    assertThat(play.room.playerCount()).isEqualTo(1);
  }

  @Test
  void a_late_player_joins_the_open_question_and_may_answer_it() {
    play.join("An");
    play.start().after(4_000);

    play.send(new Join("Bình", "t-b", play.now));
    int binh = play.one(Welcome.class).playerId();
    assertThat(play.one(Welcome.class).phase()).isEqualTo(Phase.QUESTION_OPEN);
    assertThat(play.to(binh, QuestionOpened.class).remainingMillis()).isEqualTo(16_000);

    play.answer(binh, AnswerPayload.ofChoice(0));
    assertThat(play.to(binh, AnswerAccepted.class).alreadyAnswered()).isFalse();
  }

  @Test
  void once_the_game_has_started_late_joining_can_be_refused_and_allowed_again() {
    play.join("An");
    play.start().send(new AllowLateJoin(false, play.now));

    play.send(new Join("Bình", "t-b", play.now));
    assertThat(refusal()).isEqualTo(Rejection.GAME_STARTED);

    play.send(new AllowLateJoin(true, play.now)).send(new Join("Bình", "t-b", play.now));
    assertThat(play.events(Welcome.class)).hasSize(1);
  }

  @Test
  void a_room_set_up_without_late_join_refuses_players_after_the_start_but_not_before() {
    Play strict = new Play(Fixtures.inBankOrder(Fixtures.noLeadIn().withLateJoin(false), Fixtures.single()));
    strict.join("An");
    strict.start().send(new Join("Bình", "t-b", strict.now));

    assertThat(strict.one(CommandRejected.class).reason()).isEqualTo(Rejection.GAME_STARTED);
  }

  @Test
  void no_one_joins_a_finished_game() {
    play.join("An");
    play.send(new RoomCommand.EndGame(play.now)).send(new Join("Bình", "t-b", play.now));

    assertThat(refusal()).isEqualTo(Rejection.GAME_OVER);
  }

  @Test
  void leaving_the_lobby_frees_the_seat_and_the_nickname() {
    int an = play.join("An");

    play.send(new Leave(an, play.now));
    assertThat(play.one(PlayerLeft.class)).isEqualTo(new PlayerLeft(an, "An", false, false, 0));
    assertThat(play.player(an).presence()).isEqualTo(Presence.LEFT);

    play.send(new Reconnect("token-An", play.now));
    assertThat(refusal()).isEqualTo(Rejection.UNKNOWN_SESSION);
    play.send(new Join("an", "t-new", play.now));
    assertThat(play.one(Welcome.class).playerId()).isEqualTo(2);
  }

  @Test
  void a_kicked_player_is_told_and_cannot_come_back_with_the_token_or_answer() {
    int an = play.join("An");
    play.join("Bình");
    play.start();

    play.send(new Kick(an, false, play.now));
    assertThat(play.to(an, Kicked.class)).isEqualTo(new Kicked(false, "Bạn đã bị chủ phòng mời ra khỏi trò chơi."));
    assertThat(play.one(PlayerLeft.class)).isEqualTo(new PlayerLeft(an, "An", true, false, 1));

    play.send(new Reconnect("token-An", play.now));
    assertThat(refusal()).isEqualTo(Rejection.KICKED);
    play.answer(an, AnswerPayload.ofChoice(0));
    assertThat(play.to(an, AnswerRejected.class).reason()).isEqualTo(Rejection.KICKED);
  }

  @Test
  void a_kick_without_a_ban_lets_the_person_join_again_as_a_new_player() {
    int an = play.join("An");
    play.send(new Kick(an, false, play.now));

    play.send(new Join("An", "t-again", play.now));

    assertThat(play.one(Welcome.class).playerId()).isEqualTo(2);
  }

  @Test
  void a_kick_with_a_ban_keeps_the_nickname_out_in_any_spelling() {
    int duc = play.join("Đức");
    play.send(new Kick(duc, true, play.now));
    assertThat(play.one(PlayerLeft.class).banned()).isTrue();

    play.send(new Join("DUC", "t-again", play.now));

    assertThat(refusal()).isEqualTo(Rejection.NICKNAME_BANNED);
  }

  @Test
  void kicking_someone_not_in_the_game_is_refused() {
    play.send(new Kick(42, false, play.now));

    assertThat(refusal()).isEqualTo(Rejection.NOT_A_PLAYER);
  }

  @Test
  void a_kicked_player_leaves_the_ranking_and_the_others_move_up() {
    int an = play.join("An");
    int binh = play.join("Bình");
    play.start().after(100).answer(an, AnswerPayload.ofChoice(0)).answer(binh, AnswerPayload.ofChoice(1));
    assertThat(play.player(binh).rank()).isEqualTo(2);

    play.send(new Kick(an, false, play.now));

    assertThat(play.player(binh).rank()).isEqualTo(1);
    assertThat(play.room.top(5)).extracting(ScoreLine::playerId).containsExactly(binh);
  }

  @Test
  void a_dropped_player_keeps_score_and_streak_and_comes_back_into_the_open_question() {
    int an = play.join("An");
    int binh = play.join("Bình");
    play.start().after(100).answer(an, AnswerPayload.ofChoice(0)).answer(binh, AnswerPayload.ofChoice(0));
    play.next().next().after(100).answer(an, AnswerPayload.ofChoice(0));

    play.send(new Disconnect(an, play.now));
    assertThat(play.one(PresenceChanged.class)).isEqualTo(new PresenceChanged(an, false, 1));
    assertThat(play.player(an).presence()).isEqualTo(Presence.DISCONNECTED);
    play.send(new Disconnect(binh, play.now));
    assertThat(play.room.phase()).isEqualTo(Phase.QUESTION_OPEN);

    play.after(2_000).send(new Reconnect("token-An", play.now));
    assertThat(play.one(Welcome.class)).isEqualTo(new Welcome(an, "An", true, Phase.QUESTION_OPEN, 3, 1000, 1, 1));
    assertThat(play.to(an, QuestionOpened.class).remainingMillis()).isEqualTo(17_900);
    assertThat(play.to(an, AnswerAccepted.class)).isEqualTo(new AnswerAccepted(1, true));
    assertThat(play.one(PresenceChanged.class).connected()).isTrue();

    play.send(new Reconnect("token-Bình", play.now));
    assertThat(play.events(AnswerAccepted.class)).isEmpty();
    play.answer(binh, AnswerPayload.ofChoice(1));
    assertThat(play.to(binh, AnswerAccepted.class).alreadyAnswered()).isFalse();

    assertThat(play.room.phase()).isEqualTo(Phase.REVEAL);
    assertThat(play.to(an, PlayerResult.class)).isEqualTo(new PlayerResult(1, true, true, 1100, 100, 2, 2100, 1, 2));
    assertThat(play.to(binh, PlayerResult.class).streak()).isZero();
  }

  @Test
  void a_disconnected_player_still_gets_a_result_and_is_still_ranked() {
    int an = play.join("An");
    play.join("Bình");
    play.start().send(new Disconnect(an, play.now)).timeUp();

    assertThat(play.to(an, PlayerResult.class).answered()).isFalse();
    assertThat(play.player(an).rank()).isEqualTo(1);
  }

  @Test
  void a_player_reconnecting_during_the_reveal_gets_the_reveal_and_their_own_result() {
    int an = play.join("An");
    play.start().after(100).answer(an, AnswerPayload.ofChoice(0));
    play.send(new Disconnect(an, play.now));

    play.send(new Reconnect("token-An", play.now));

    assertThat(play.to(an, Reveal.class).correctChoices()).containsExactly(0);
    assertThat(play.to(an, PlayerResult.class).points()).isEqualTo(1000);
  }

  @Test
  void leaving_after_the_start_keeps_the_seat_like_a_dropped_connection() {
    int an = play.join("An");
    play.start().send(new Leave(an, play.now));

    assertThat(play.player(an).presence()).isEqualTo(Presence.DISCONNECTED);
    play.send(new Reconnect("token-An", play.now));
    assertThat(play.one(Welcome.class).reconnected()).isTrue();
  }

  @Test
  void an_unknown_token_is_refused() {
    play.send(new Reconnect("nope", play.now));

    assertThat(play.one(CommandRejected.class)).isEqualTo(
        new CommandRejected(Rejection.UNKNOWN_SESSION, "Phiên chơi không còn hiệu lực, hãy vào lại phòng."));
  }

  @Test
  void a_join_without_a_fresh_token_is_a_caller_error() {
    play.join("An");

    assertThatThrownBy(() -> play.send(new Join("Bình", "token-An", play.now)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> play.send(new Join("Bình", null, play.now)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(play.room.playerCount()).isEqualTo(1);
  }
}
