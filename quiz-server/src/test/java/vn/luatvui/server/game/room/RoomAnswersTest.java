package vn.luatvui.server.game.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.luatvui.bank.question.MultiSelectScoring;
import vn.luatvui.server.game.room.QuestionOutcome.ClosedBy;
import vn.luatvui.server.game.room.RoomCommand.Answer;
import vn.luatvui.server.game.room.RoomEvent.AnswerAccepted;
import vn.luatvui.server.game.room.RoomEvent.AnswerCount;
import vn.luatvui.server.game.room.RoomEvent.AnswerRejected;
import vn.luatvui.server.game.room.RoomEvent.PlayerResult;
import vn.luatvui.server.game.room.RoomEvent.QuestionOpened;
import vn.luatvui.server.game.room.RoomEvent.Reveal;
import vn.luatvui.server.game.room.RoomEvent.TypedCount;
import vn.luatvui.server.judging.AnswerPayload;
import vn.luatvui.server.judging.Shuffle;

class RoomAnswersTest {

  private static Play game(GameOptions options, GameQuestion... questions) {
    return new Play(Fixtures.inBankOrder(options, questions));
  }

  private static Rejection rejection(Play play, int playerId) {
    return play.to(playerId, AnswerRejected.class).reason();
  }

  @Test
  void one_answer_per_question_counts_and_a_repeat_is_only_acknowledged() {
    Play play = game(Fixtures.noLeadIn(), Fixtures.single());
    int an = play.join("An");
    play.join("Bình");
    play.start().after(1_000).answer(an, AnswerPayload.ofChoice(0));

    play.after(1_000).answer(an, AnswerPayload.ofChoice(1));

    assertThat(play.to(an, AnswerAccepted.class)).isEqualTo(new AnswerAccepted(0, true));
    assertThat(play.events(AnswerCount.class)).isEmpty();
    assertThat(play.room.snapshot().answers()).hasSize(1);
    play.timeUp();
    assertThat(play.to(an, PlayerResult.class).points()).isEqualTo(975);
    assertThat(play.one(Reveal.class).answered()).isEqualTo(1);
  }

  @Test
  void the_question_closes_when_the_last_player_yet_to_answer_is_kicked() {
    Play play = game(Fixtures.noLeadIn(), Fixtures.single());
    int an = play.join("An");
    int binh = play.join("Bình");
    play.start().after(1_000).answer(an, AnswerPayload.ofChoice(0));

    play.send(new RoomCommand.Kick(binh, false, play.now));

    assertThat(play.one(Reveal.class).closedBy()).isEqualTo(ClosedBy.ALL_ANSWERED);
    assertThat(play.room.phase()).isEqualTo(Phase.REVEAL);
  }

  @Test
  void an_answer_at_the_deadline_is_late_even_before_the_timer_fires() {
    Play play = game(Fixtures.noLeadIn(), Fixtures.single());
    int an = play.join("An");
    int binh = play.join("Bình");
    play.start().after(19_999).answer(an, AnswerPayload.ofChoice(0));
    assertThat(play.to(an, AnswerAccepted.class).alreadyAnswered()).isFalse();

    play.after(1).answer(binh, AnswerPayload.ofChoice(0));

    assertThat(play.to(binh, AnswerRejected.class)).isEqualTo(
        new AnswerRejected(0, Rejection.TIME_UP, "Hết giờ trả lời."));
    assertThat(play.room.phase()).isEqualTo(Phase.QUESTION_OPEN);
  }

  @Test
  void answers_when_no_question_is_open_are_refused_with_the_reason() {
    Play play = game(GameOptions.defaults(), Fixtures.single(), Fixtures.single());
    int an = play.join("An");
    int binh = play.join("Bình");
    play.send(new Answer(an, 0, AnswerPayload.ofChoice(0), play.now));
    assertThat(rejection(play, an)).isEqualTo(Rejection.NOT_OPEN_YET);

    play.start().answer(an, AnswerPayload.ofChoice(0));
    assertThat(rejection(play, an)).isEqualTo(Rejection.NOT_OPEN_YET);

    play.after(3_000).tick().send(new Answer(an, 1, AnswerPayload.ofChoice(0), play.now));
    assertThat(rejection(play, an)).isEqualTo(Rejection.WRONG_QUESTION);
    play.answer(an, AnswerPayload.ofText("16"));
    assertThat(rejection(play, an)).isEqualTo(Rejection.INVALID_ANSWER);
    play.send(new Answer(99, 0, AnswerPayload.ofChoice(0), play.now));
    assertThat(rejection(play, 99)).isEqualTo(Rejection.NOT_A_PLAYER);

    play.answer(an, AnswerPayload.ofChoice(0)).next();
    play.answer(binh, AnswerPayload.ofChoice(0));
    assertThat(rejection(play, binh)).isEqualTo(Rejection.TIME_UP);
    play.answer(an, AnswerPayload.ofChoice(0));
    assertThat(play.to(an, AnswerAccepted.class).alreadyAnswered()).isTrue();
  }

  @ParameterizedTest(name = "{0} in {1}: right {2}, wrong 0")
  @CsvSource({
      "SINGLE_CHOICE, KAHOOT, 750", "SINGLE_CHOICE, ACCURACY_FIRST, 1000",
      "TRUE_FALSE, KAHOOT, 750", "TRUE_FALSE, ACCURACY_FIRST, 1000",
      "MULTIPLE_SELECT, KAHOOT, 750", "MULTIPLE_SELECT, ACCURACY_FIRST, 1000",
      "TYPE_ANSWER, KAHOOT, 750", "TYPE_ANSWER, ACCURACY_FIRST, 1000",
      "ORDERING, KAHOOT, 750", "ORDERING, ACCURACY_FIRST, 1000",
      "POLL, KAHOOT, 0", "POLL, ACCURACY_FIRST, 0"})
  void every_type_scores_a_right_answer_after_ten_of_twenty_seconds_by_the_mode(String type, ScoringMode mode,
                                                                                 int points) {
    GameQuestion q = switch (vn.luatvui.bank.question.QuestionType.valueOf(type)) {
      case SINGLE_CHOICE -> Fixtures.single();
      case TRUE_FALSE -> Fixtures.trueFalse();
      case MULTIPLE_SELECT -> Fixtures.multiple(MultiSelectScoring.ALL_OR_NOTHING);
      case TYPE_ANSWER -> Fixtures.typed();
      case ORDERING -> Fixtures.ordering();
      case POLL -> Fixtures.poll();
    };
    Play play = game(Fixtures.noLeadIn().withScoring(mode), q);
    int right = play.join("An");
    int wrong = play.join("Bình");
    AnswerPayload good = switch (q.type()) {
      case MULTIPLE_SELECT -> AnswerPayload.ofChoices(1, 0);
      case TYPE_ANSWER -> AnswerPayload.ofText("Mười sáu");
      case ORDERING -> AnswerPayload.ofOrder(3, 2, 1, 0);
      default -> AnswerPayload.ofChoice(0);
    };
    AnswerPayload bad = switch (q.type()) {
      case MULTIPLE_SELECT -> AnswerPayload.ofChoices(0, 2);
      case TYPE_ANSWER -> AnswerPayload.ofText("mười bảy");
      case ORDERING -> AnswerPayload.ofOrder(2, 3, 1, 0);
      default -> AnswerPayload.ofChoice(1);
    };

    play.start().after(10_000).answer(right, good).answer(wrong, bad);

    assertThat(play.to(right, PlayerResult.class).points()).isEqualTo(points);
    assertThat(play.to(right, PlayerResult.class).correct()).isEqualTo(points > 0);
    assertThat(play.to(wrong, PlayerResult.class).points()).isZero();
    assertThat(play.to(wrong, PlayerResult.class).correct()).isFalse();
  }

  @Test
  void kahoot_scoring_adds_speed_points_and_a_growing_streak_bonus_until_a_wrong_answer() {
    Play play = game(Fixtures.noLeadIn().withLeaderboard(false), Fixtures.single(), Fixtures.single(),
        Fixtures.single(), Fixtures.single());
    int an = play.join("An");
    int binh = play.join("Bình");
    int[] expectedPoints = {750, 850, 950, 0};
    int[] expectedScore = {750, 1600, 2550, 2550};
    int[] expectedStreak = {1, 2, 3, 0};
    play.start();

    for (int q = 0; q < 4; q++) {
      play.after(10_000).answer(an, AnswerPayload.ofChoice(q < 3 ? 0 : 1));
      if (q == 1) {
        play.answer(binh, AnswerPayload.ofChoice(0));
      } else {
        play.timeUp();
      }
      PlayerResult result = play.to(an, PlayerResult.class);
      assertThat(result.points()).as("points, question %d", q + 1).isEqualTo(expectedPoints[q]);
      assertThat(result.score()).isEqualTo(expectedScore[q]);
      assertThat(result.streak()).isEqualTo(expectedStreak[q]);
      if (q < 3) {
        play.next();
      }
    }
    assertThat(play.player(binh).score()).isEqualTo(750);
    assertThat(play.player(binh).streak()).isZero();
    assertThat(play.player(an).correctCount()).isEqualTo(3);
  }

  @Test
  void a_poll_gives_no_points_and_leaves_the_streak_alone() {
    Play play = game(Fixtures.noLeadIn().withLeaderboard(false), Fixtures.single(), Fixtures.poll(),
        Fixtures.single());
    int an = play.join("An");
    play.start().after(100).answer(an, AnswerPayload.ofChoice(0)).next();

    play.after(100).answer(an, AnswerPayload.ofChoice(2));
    Reveal poll = play.one(Reveal.class);
    assertThat(play.to(an, PlayerResult.class)).isEqualTo(new PlayerResult(1, true, false, 0, 0, 1, 1000, 1, 1));
    assertThat(poll.percentCorrect()).isNull();
    assertThat(poll.correctChoices()).isEmpty();
    assertThat(poll.choiceCounts()).containsExactly(0, 0, 1);

    play.next().after(100).answer(an, AnswerPayload.ofChoice(0));
    assertThat(play.to(an, PlayerResult.class).points()).isEqualTo(1100);
  }

  @Test
  void a_zero_point_question_earns_nothing_but_counts_towards_the_streak() {
    Play play = game(Fixtures.noLeadIn().withLeaderboard(false), Fixtures.worth(Fixtures.single(), 0),
        Fixtures.single());
    int an = play.join("An");
    play.start().after(100).answer(an, AnswerPayload.ofChoice(0));
    assertThat(play.to(an, PlayerResult.class)).isEqualTo(new PlayerResult(0, true, true, 0, 0, 1, 0, 1, 1));

    play.next().after(100).answer(an, AnswerPayload.ofChoice(0));
    assertThat(play.to(an, PlayerResult.class).points()).isEqualTo(1100);
  }

  @Test
  void accuracy_first_gives_fixed_points_and_ranks_equal_scores_by_the_faster_player() {
    Play play = game(Fixtures.noLeadIn().withScoring(ScoringMode.ACCURACY_FIRST).withLeaderboard(false),
        Fixtures.single(), Fixtures.single());
    int an = play.join("An");
    int binh = play.join("Bình");
    play.start().after(9_000).answer(an, AnswerPayload.ofChoice(0));
    play.after(6_000).answer(binh, AnswerPayload.ofChoice(0));
    play.next().after(2_000).answer(an, AnswerPayload.ofChoice(0)).after(1_000).answer(binh, AnswerPayload.ofChoice(0));

    assertThat(play.to(an, PlayerResult.class)).isEqualTo(new PlayerResult(1, true, true, 1000, 0, 2, 2000, 1, 2));
    assertThat(play.to(binh, PlayerResult.class)).isEqualTo(new PlayerResult(1, true, true, 1000, 0, 2, 2000, 2, 2));
    assertThat(play.player(an).correctTimeMs()).isEqualTo(11_000);
    assertThat(play.player(binh).correctTimeMs()).isEqualTo(18_000);
  }

  @Test
  void accuracy_first_ties_that_remain_go_to_the_player_who_joined_first() {
    Play play = game(Fixtures.noLeadIn().withScoring(ScoringMode.ACCURACY_FIRST), Fixtures.single());
    play.join("An");
    int binh = play.join("Bình");

    play.start().after(1_000).answer(binh, AnswerPayload.ofChoice(1)).answer(1, AnswerPayload.ofChoice(1));

    assertThat(play.room.top(2)).extracting(ScoreLine::nickname).containsExactly("An", "Bình");
  }

  @Test
  void per_option_multiple_select_gives_partial_credit_but_only_an_exact_answer_keeps_the_streak() {
    Play play = game(Fixtures.noLeadIn(), Fixtures.multiple(MultiSelectScoring.PER_OPTION));
    int an = play.join("An");
    int binh = play.join("Bình");
    int chi = play.join("Chi");

    play.start().after(10_000).answer(an, AnswerPayload.ofChoices(0)).answer(binh, AnswerPayload.ofChoices(0, 1))
        .answer(chi, AnswerPayload.ofChoices(0, 2, 3));

    assertThat(play.to(an, PlayerResult.class)).isEqualTo(new PlayerResult(0, true, false, 375, 0, 0, 375, 2, 3));
    assertThat(play.to(binh, PlayerResult.class)).isEqualTo(new PlayerResult(0, true, true, 750, 0, 1, 750, 1, 3));
    assertThat(play.to(chi, PlayerResult.class).points()).isZero();
    assertThat(play.one(Reveal.class).choiceCounts()).containsExactly(3, 1, 1, 1);
    assertThat(play.one(Reveal.class).correctChoices()).containsExactly(0, 1);
  }

  @Test
  void a_typed_answer_matches_in_any_spelling_and_the_reveal_lists_the_common_answers() {
    Play play = game(Fixtures.noLeadIn(), Fixtures.typed());
    List<String> typed = List.of("Mười sáu", "muoi sau", "MƯỜI  SÁU", "mười bảy", "đm", "Mười sáu");
    for (int i = 0; i < typed.size(); i++) {
      play.join("Người " + (i + 1));
    }
    play.start().after(1_000);

    for (int i = 0; i < typed.size(); i++) {
      play.answer(i + 1, AnswerPayload.ofText(typed.get(i)));
    }

    Reveal reveal = play.one(Reveal.class);
    assertThat(reveal.acceptedAnswers()).containsExactly("mười sáu", "muoi sau");
    assertThat(reveal.topAnswers()).containsExactly(new TypedCount("Mười sáu", 4), new TypedCount("mười bảy", 1),
        new TypedCount("***", 1));
    assertThat(reveal.correctCount()).isEqualTo(4);
    assertThat(reveal.percentCorrect()).isEqualTo(67);
    assertThat(play.to(2, PlayerResult.class).correct()).isTrue();
  }

  @Test
  void an_ordering_is_answered_in_shown_positions_and_revealed_in_shown_positions() {
    GameQuestion q = Fixtures.ordering();
    Play play = new Play(new GameSetup("G-1", List.of(q), Fixtures.noLeadIn(), List.of(new Shuffle(List.of(2, 0, 3, 1)))));
    int an = play.join("An");
    int binh = play.join("Bình");
    int chi = play.join("Chi");

    play.start();
    assertThat(play.one(QuestionOpened.class).question().choices())
        .containsExactly("Nghị định", "Hiến pháp", "Thông tư", "Luật");
    play.after(100).answer(an, AnswerPayload.ofOrder(1, 3, 0, 2)).answer(binh, AnswerPayload.ofOrder(0, 1, 2, 3))
        .answer(chi, AnswerPayload.ofOrder(1, 0, 3, 2));

    Reveal reveal = play.one(Reveal.class);
    assertThat(reveal.correctChoices()).containsExactly(1, 3, 0, 2);
    assertThat(reveal.choiceCounts()).containsExactly(1, 2, 2, 1);
    assertThat(play.to(an, PlayerResult.class).points()).isEqualTo(1000);
    assertThat(play.to(binh, PlayerResult.class).correct()).isFalse();
    assertThat(play.to(chi, PlayerResult.class).correct()).isFalse();
  }

  @Test
  void the_reveal_counts_each_choice_as_the_players_saw_it_with_the_citation_and_explanation() {
    GameQuestion q = Fixtures.single();
    Play play = new Play(new GameSetup("G-1", List.of(q), Fixtures.noLeadIn(), List.of(new Shuffle(List.of(2, 0, 1, 3)))));
    for (String name : List.of("An", "Bình", "Chi", "Dũng")) {
      play.join(name);
    }
    play.start().after(100).answer(1, AnswerPayload.ofChoice(1)).answer(2, AnswerPayload.ofChoice(1))
        .answer(3, AnswerPayload.ofChoice(0)).timeUp();

    Reveal reveal = play.one(Reveal.class);
    assertThat(reveal.choices()).containsExactly("15 tuổi", "16 tuổi", "18 tuổi", "14 tuổi");
    assertThat(reveal.correctChoices()).containsExactly(1);
    assertThat(reveal.choiceCounts()).containsExactly(1, 2, 0, 0);
    assertThat(reveal.answered()).isEqualTo(3);
    assertThat(reveal.correctCount()).isEqualTo(2);
    assertThat(reveal.percentCorrect()).isEqualTo(50);
    assertThat(reveal.explanation()).isEqualTo(Fixtures.EXPLANATION);
    assertThat(reveal.citations()).containsExactly(Fixtures.CHILD_AGE);
  }
}
