package vn.luatvui.server.game.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.luatvui.bank.question.MultiSelectScoring;
import vn.luatvui.server.game.room.RoomCommand.Answer;
import vn.luatvui.server.game.room.RoomCommand.Disconnect;
import vn.luatvui.server.game.room.RoomCommand.Join;
import vn.luatvui.server.game.room.RoomCommand.Kick;
import vn.luatvui.server.game.room.RoomCommand.Next;
import vn.luatvui.server.game.room.RoomCommand.Pause;
import vn.luatvui.server.game.room.RoomCommand.Reconnect;
import vn.luatvui.server.game.room.RoomCommand.Resume;
import vn.luatvui.server.game.room.RoomCommand.Skip;
import vn.luatvui.server.game.room.RoomCommand.Start;
import vn.luatvui.server.game.room.RoomCommand.Tick;
import vn.luatvui.server.game.live.SnapshotCodec;
import vn.luatvui.server.json.Jsons;
import vn.luatvui.server.judging.AnswerPayload;

/** A room restored from its JSON snapshot carries on exactly as the original would have. */
class SnapshotTest {
  private static final long T = Play.T0;

  private static GameSetup setup() {
    return Fixtures.shuffled(GameOptions.defaults().withLeadIn(2), 2025, Fixtures.single(),
        Fixtures.multiple(MultiSelectScoring.PER_OPTION), Fixtures.typed(), Fixtures.ordering(), Fixtures.poll(),
        Fixtures.trueFalse(), Fixtures.single());
  }

  /** A whole game: joins, answers of every type, a pause, a drop and reconnect, a late join, a kick, a skip. */
  private static List<RoomCommand> script() {
    List<RoomCommand> c = new ArrayList<>();
    c.add(new Join("An", "t-an", T));
    c.add(new Join("Bình", "t-binh", T + 10));
    c.add(new Join("Chi", "t-chi", T + 20));
    c.add(new Start(T + 1_000));
    c.add(new Tick(T + 3_000));
    c.add(new Answer(1, 0, AnswerPayload.ofChoice(1), T + 4_000));
    c.add(new Answer(2, 0, AnswerPayload.ofChoice(2), T + 5_500));
    c.add(new Pause(T + 6_000));
    c.add(new Resume(T + 9_000));
    c.add(new Disconnect(3, T + 9_500));
    c.add(new Tick(T + 26_000));
    c.add(new Next(T + 30_000));
    c.add(new Next(T + 35_000));
    c.add(new Tick(T + 37_000));
    c.add(new Reconnect("t-chi", T + 38_000));
    c.add(new Answer(1, 1, AnswerPayload.ofChoices(0, 1), T + 39_000));
    c.add(new Answer(3, 1, AnswerPayload.ofChoices(2), T + 40_000));
    c.add(new Answer(2, 1, AnswerPayload.ofChoices(3, 0), T + 41_000));
    c.add(new Next(T + 45_000));
    c.add(new Next(T + 50_000));
    c.add(new Tick(T + 52_000));
    c.add(new Answer(1, 2, AnswerPayload.ofText("Mười sáu"), T + 55_000));
    c.add(new Join("Dũng", "t-dung", T + 56_000));
    c.add(new Answer(4, 2, AnswerPayload.ofText("muoi bay"), T + 57_000));
    c.add(new Tick(T + 72_000));
    c.add(new Kick(2, true, T + 73_000));
    c.add(new Next(T + 74_000));
    c.add(new Next(T + 75_000));
    c.add(new Tick(T + 77_000));
    c.add(new Answer(3, 3, AnswerPayload.ofOrder(3, 2, 1, 0), T + 78_000));
    c.add(new Skip(T + 79_000));
    c.add(new Tick(T + 81_000));
    c.add(new Answer(1, 4, AnswerPayload.ofChoice(2), T + 82_000));
    c.add(new Tick(T + 101_000));
    c.add(new Next(T + 102_000));
    c.add(new Next(T + 103_000));
    c.add(new Next(T + 104_000));
    c.add(new Answer(4, 5, AnswerPayload.ofChoice(0), T + 106_000));
    c.add(new Tick(T + 125_000));
    c.add(new Next(T + 126_000));
    c.add(new Next(T + 127_000));
    c.add(new Tick(T + 129_000));
    c.add(new Answer(1, 6, AnswerPayload.ofChoice(0), T + 130_000));
    c.add(new Answer(3, 6, AnswerPayload.ofChoice(0), T + 130_400));
    c.add(new Answer(4, 6, AnswerPayload.ofChoice(3), T + 131_000));
    c.add(new Next(T + 132_000));
    c.add(new Next(T + 133_000));
    c.add(new Next(T + 134_000));
    return c;
  }

  private static RoomState throughJson(RoomState state) throws Exception {
    String json = Jsons.MAPPER.writeValueAsString(state);
    return Jsons.MAPPER.readValue(json, RoomState.class);
  }

  @Test
  void the_script_plays_a_whole_game() {
    Room room = Room.create(setup());
    for (RoomCommand c : script()) {
      room = room.handle(c).room();
    }

    assertThat(room.phase()).isEqualTo(Phase.FINISHED);
    assertThat(room.snapshot().outcomes()).extracting(QuestionOutcome::status).containsExactly(
        QuestionOutcome.Status.SCORED, QuestionOutcome.Status.SCORED, QuestionOutcome.Status.SCORED,
        QuestionOutcome.Status.SKIPPED, QuestionOutcome.Status.SCORED, QuestionOutcome.Status.SCORED,
        QuestionOutcome.Status.SCORED);
    assertThat(room.playerCount()).isEqualTo(3);
  }

  @Test
  void a_snapshot_survives_a_json_round_trip_unchanged() throws Exception {
    Room room = played(17);

    RoomState state = room.snapshot();

    assertThat(throughJson(state)).isEqualTo(state);
  }

  @Test
  void a_room_restored_at_any_point_of_the_game_continues_identically() throws Exception {
    restoredAtEveryPointContinuesIdentically(SnapshotTest::throughJson);
  }

  @Test
  void a_room_restored_from_its_packed_snapshot_at_any_point_continues_identically() throws Exception {
    restoredAtEveryPointContinuesIdentically(state -> SnapshotCodec.unpack(SnapshotCodec.pack(state)));
  }

  @Test
  void a_snapshot_kept_as_plain_json_by_an_earlier_version_still_reads() throws Exception {
    Room room = played(20);
    RoomState state = room.snapshot();

    assertThat(SnapshotCodec.unpack(Jsons.MAPPER.writeValueAsString(state))).isEqualTo(state);
  }

  @Test
  void a_large_room_packs_into_a_small_part_of_its_plain_json() {
    Room room = Room.create(setup());
    for (int p = 1; p <= 2_000; p++) {
      room = room.handle(new Join("Người chơi " + p, "token-" + p, T + p)).room();
    }
    room = room.handle(new Start(T + 3_000)).room();
    room = room.handle(new Tick(T + 6_000)).room();
    for (int p = 1; p <= 2_000; p++) {
      room = room.handle(new Answer(p, 0, AnswerPayload.ofChoice(p % 4), T + 6_000 + p)).room();
    }
    RoomState state = room.snapshot();

    String packed = SnapshotCodec.pack(state);

    assertThat(packed).startsWith(SnapshotCodec.PACKED);
    assertThat(packed.length()).isLessThan(Jsons.write(state).length() / 5);
    assertThat(SnapshotCodec.unpack(packed)).isEqualTo(state);
  }

  /** The room after the script's first {@code commands} commands. */
  private static Room played(int commands) {
    Room room = Room.create(setup());
    for (RoomCommand c : script().subList(0, commands)) {
      room = room.handle(c).room();
    }
    return room;
  }

  private interface Passage {
    RoomState through(RoomState state) throws Exception;
  }

  private static void restoredAtEveryPointContinuesIdentically(Passage passage) throws Exception {
    List<RoomCommand> script = script();
    for (int cut = 0; cut <= script.size(); cut++) {
      Room original = played(cut);
      Room restored = Room.restore(passage.through(original.snapshot()));
      long now = cut == 0 ? T : script.get(cut - 1).now();
      assertThat(restored.hostCatchUp(now)).as("host catch-up after %d commands", cut)
          .isEqualTo(original.hostCatchUp(now));

      for (RoomCommand c : script.subList(cut, script.size())) {
        List<Delivery> expected = original.handle(c).events();
        assertThat(restored.handle(c).events()).as("after restoring at %d: %s", cut, c).isEqualTo(expected);
      }
      assertThat(restored.snapshot()).as("final state, restored at %d", cut).isEqualTo(original.snapshot());
    }
  }
}
