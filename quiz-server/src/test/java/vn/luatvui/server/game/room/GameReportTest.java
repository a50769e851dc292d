package vn.luatvui.server.game.room;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.luatvui.bank.question.MultiSelectScoring;
import vn.luatvui.server.game.room.GameReport.AnswerLine;
import vn.luatvui.server.game.room.GameReport.ChoiceLine;
import vn.luatvui.server.game.room.GameReport.PlayerLine;
import vn.luatvui.server.game.room.GameReport.QuestionLine;
import vn.luatvui.server.game.room.QuestionOutcome.Status;
import vn.luatvui.server.game.room.RoomCommand.Kick;
import vn.luatvui.server.game.room.RoomCommand.Skip;
import vn.luatvui.server.judging.AnswerPayload;

class GameReportTest {

  /** Five questions: An gets three right, Bình none, Chi is kicked, the fourth is skipped, the fifth is a poll. */
  private static GameReport finishedGame() {
    Play play = new Play(Fixtures.inBankOrder(Fixtures.noLeadIn(), Fixtures.single(),
        Fixtures.multiple(MultiSelectScoring.PER_OPTION), Fixtures.typed(), Fixtures.single(), Fixtures.poll()));
    int an = play.join("An");
    int binh = play.join("Bình");
    int chi = play.join("Chi");
    play.start().after(2_000).answer(an, AnswerPayload.ofChoice(0)).after(2_000).answer(binh, AnswerPayload.ofChoice(1))
        .timeUp();
    play.send(new Kick(chi, false, play.now)).next().next();
    play.after(1_000).answer(an, AnswerPayload.ofChoices(0, 1)).after(2_000).answer(binh, AnswerPayload.ofChoices(0));
    play.next().next().after(5_000).answer(an, AnswerPayload.ofText("Mười sáu"))
        .after(1_000).answer(binh, AnswerPayload.ofText("mười bảy"));
    play.next().next().after(500).answer(an, AnswerPayload.ofChoice(0)).send(new Skip(play.now));
    play.after(1_000).answer(an, AnswerPayload.ofChoice(0)).answer(binh, AnswerPayload.ofChoice(1));
    play.next().next().next();
    assertThat(play.room.phase()).isEqualTo(Phase.FINISHED);
    return GameReport.from(play.room.snapshot());
  }

  @Test
  void the_report_lists_the_players_by_rank_with_score_correct_answers_and_average_time() {
    GameReport report = finishedGame();

    assertThat(report.finished()).isTrue();
    assertThat(report.gameId()).isEqualTo("G-1");
    assertThat(report.players()).extracting(PlayerLine::rank, PlayerLine::nickname, PlayerLine::score,
            PlayerLine::correctCount, PlayerLine::answered, PlayerLine::averageTimeMs)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "An", 3100, 3, 4, 2_250L),
            org.assertj.core.groups.Tuple.tuple(2, "Bình", 463, 0, 4, 3_500L));
  }

  @Test
  void each_answer_is_described_in_words_with_its_points_and_time() {
    PlayerLine an = finishedGame().players().get(0);

    assertThat(an.answers()).containsExactly(
        new AnswerLine(0, "16 tuổi", true, 950, 2_000),
        new AnswerLine(1, "Đội mũ bảo hiểm; Bật đèn khi trời tối", true, 1075, 1_000),
        new AnswerLine(2, "Mười sáu", true, 1075, 5_000),
        new AnswerLine(4, "Rồi", false, 0, 1_000));
  }

  @Test
  void the_report_gives_each_question_its_outcome_answers_and_percent_correct() {
    GameReport report = finishedGame();

    assertThat(report.questions()).extracting(QuestionLine::status, QuestionLine::answered,
            QuestionLine::correctCount, QuestionLine::playerCount, QuestionLine::percentCorrect)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Status.SCORED, 2, 1, 3, 33),
            org.assertj.core.groups.Tuple.tuple(Status.SCORED, 2, 1, 2, 50),
            org.assertj.core.groups.Tuple.tuple(Status.SCORED, 2, 1, 2, 50),
            org.assertj.core.groups.Tuple.tuple(Status.SKIPPED, 0, 0, 0, null),
            org.assertj.core.groups.Tuple.tuple(Status.SCORED, 2, 0, 2, null));
    assertThat(report.questions().get(0).questionId()).isEqualTo(1);
    assertThat(report.questions().get(0).averageTimeMs()).isEqualTo(3_000);
  }

  @Test
  void the_distribution_counts_each_choice_and_each_different_typed_answer() {
    GameReport report = finishedGame();

    assertThat(report.questions().get(0).distribution()).containsExactly(new ChoiceLine("16 tuổi", true, 1),
        new ChoiceLine("18 tuổi", false, 1), new ChoiceLine("15 tuổi", false, 0), new ChoiceLine("14 tuổi", false, 0));
    assertThat(report.questions().get(1).distribution()).extracting(ChoiceLine::count).containsExactly(2, 1, 0, 0);
    assertThat(report.questions().get(2).distribution()).containsExactly(new ChoiceLine("Mười sáu", true, 1),
        new ChoiceLine("mười bảy", false, 1));
  }

  @Test
  void the_hardest_questions_are_the_scored_ones_with_the_fewest_correct() {
    assertThat(finishedGame().hardest(2)).extracting(QuestionLine::index).containsExactly(0, 1);
  }

  @Test
  void kicked_players_are_not_in_the_report() {
    assertThat(finishedGame().players()).extracting(PlayerLine::nickname).doesNotContain("Chi");
  }
}
