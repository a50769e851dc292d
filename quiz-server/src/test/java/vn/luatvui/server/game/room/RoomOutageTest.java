package vn.luatvui.server.game.room;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.luatvui.server.judging.AnswerPayload;
import vn.luatvui.server.game.room.RoomEvent.AnswerAccepted;
import vn.luatvui.server.game.room.RoomEvent.PlayerResult;
import vn.luatvui.server.game.room.RoomEvent.Resumed;

/**
 * A room taken over after its server died: the question's time is extended by the outage, answers
 * stamped during it count (with the time used before the outage), and nothing changes for a room
 * whose deadline had passed before the outage began.
 */
class RoomOutageTest {
  private static final long T0 = Play.T0;

  private static Play openQuestion() {
    Play play = new Play(Fixtures.inBankOrder(Fixtures.noLeadIn(), Fixtures.single()));
    play.join("An");
    play.join("Bình");
    play.join("Chi");
    return play.start(); // answers open at T0 for 20 s: closesAt T0 + 20 000
  }

  @Test
  void the_outage_extends_the_question_and_answers_stamped_during_it_count() {
    Play play = openQuestion();

    play.send(new RoomCommand.Outage(T0 + 19_000, T0 + 21_000));

    assertThat(play.one(Resumed.class)).isEqualTo(new Resumed(Phase.QUESTION_OPEN, T0 + 22_000, 1_000L));
    assertThat(play.room.timerAt()).hasValue(T0 + 22_000);
    // Bình's answer reached a server during the outage, before the old deadline.
    play.send(new RoomCommand.Answer(2, 0, AnswerPayload.ofChoice(0), T0 + 19_500));
    assertThat(play.to(2, AnswerAccepted.class).alreadyAnswered()).isFalse();
    // An answers after the takeover, past the old deadline: the extension is An's too.
    play.send(new RoomCommand.Answer(1, 0, AnswerPayload.ofChoice(0), T0 + 21_500));
    assertThat(play.to(1, AnswerAccepted.class).alreadyAnswered()).isFalse();
    play.now = T0 + 22_000;
    play.tick();

    // Bình is scored with the 19 s used before the outage: 1000 × (1 − (19/20)/2).
    assertThat(play.to(2, PlayerResult.class).points()).isEqualTo(525);
    assertThat(play.to(1, PlayerResult.class).points()).isLessThan(525).isPositive();
    assertThat(play.to(3, PlayerResult.class).answered()).isFalse();
  }

  @Test
  void the_extension_survives_a_snapshot() {
    Play play = openQuestion();
    play.send(new RoomCommand.Outage(T0 + 19_000, T0 + 21_000));

    Play restored = new Play(Room.restore(play.room.snapshot()));
    restored.send(new RoomCommand.Answer(2, 0, AnswerPayload.ofChoice(0), T0 + 19_500));

    assertThat(restored.to(2, AnswerAccepted.class).alreadyAnswered()).isFalse();
    assertThat(restored.room.timerAt()).hasValue(T0 + 22_000);
  }

  @Test
  void a_deadline_passed_before_the_outage_is_not_extended() {
    Play play = openQuestion();

    play.send(new RoomCommand.Outage(T0 + 20_500, T0 + 22_000));

    assertThat(play.events(Resumed.class)).isEmpty();
    assertThat(play.room.timerAt()).hasValue(T0 + 20_000);
  }

  @Test
  void a_paused_question_keeps_its_time() {
    Play play = openQuestion();
    play.now = T0 + 5_000;
    play.send(new RoomCommand.Pause(play.now));

    play.send(new RoomCommand.Outage(T0 + 6_000, T0 + 8_000));

    assertThat(play.events(Resumed.class)).isEmpty();
    play.now = T0 + 9_000;
    play.send(new RoomCommand.Resume(play.now));
    assertThat(play.one(Resumed.class).remainingMillis()).isEqualTo(15_000L);
  }
}
