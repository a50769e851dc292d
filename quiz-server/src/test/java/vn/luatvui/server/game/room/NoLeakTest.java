package vn.luatvui.server.game.room;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.luatvui.bank.question.Choice;
import vn.luatvui.bank.question.MultiSelectScoring;
import vn.luatvui.bank.question.QuestionType;
import vn.luatvui.server.game.room.RoomCommand.Disconnect;
import vn.luatvui.server.game.room.RoomCommand.Join;
import vn.luatvui.server.game.room.RoomCommand.Reconnect;
import vn.luatvui.server.game.room.RoomEvent.QuestionOpened;
import vn.luatvui.server.game.room.RoomEvent.Reveal;
import vn.luatvui.server.json.Jsons;
import vn.luatvui.server.judging.AnswerPayload;
import vn.luatvui.server.judging.Shuffle;

/** Nothing a player or the projector receives before the reveal says which answer is correct. */
class NoLeakTest {
  private static final Set<String> TELLING_FIELDS = Set.of("correct", "correctChoices", "accepted", "acceptedAnswers",
      "explanation", "citations", "choiceCounts", "topAnswers", "percentCorrect");

  private static GameQuestion questionOf(QuestionType type) {
    return switch (type) {
      case SINGLE_CHOICE -> Fixtures.single();
      case MULTIPLE_SELECT -> Fixtures.multiple(MultiSelectScoring.PER_OPTION);
      case TRUE_FALSE -> Fixtures.trueFalse();
      case TYPE_ANSWER -> Fixtures.typed();
      case ORDERING -> Fixtures.ordering();
      case POLL -> Fixtures.poll();
    };
  }

  /** The first seed that shows the choices out of bank order, where the type is shuffled at all. */
  private static GameSetup shuffledSetup(GameQuestion q) {
    boolean shuffled = Set.of(QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_SELECT, QuestionType.ORDERING)
        .contains(q.type());
    for (long seed = 1; ; seed++) {
      GameSetup setup = Fixtures.shuffled(GameOptions.defaults(), seed, q);
      if (!shuffled || !setup.shuffles().get(0).inOrder()) {
        return setup;
      }
    }
  }

  @ParameterizedTest
  @EnumSource(QuestionType.class)
  void everything_sent_before_the_reveal_is_free_of_the_answer(QuestionType type) throws Exception {
    GameQuestion q = questionOf(type);
    Play play = new Play(shuffledSetup(q));
    List<RoomEvent> sent = new ArrayList<>();
    int an = play.join("An");
    sent.addAll(events(play));
    play.join("Chi");
    play.start();
    sent.addAll(events(play));
    play.after(3_000).tick();
    sent.addAll(events(play));
    play.after(1_000).answer(an, firstAnswer(q));
    sent.addAll(events(play));
    play.send(new Join("Bình", "t-b", play.now));
    sent.addAll(events(play));
    play.send(new Disconnect(an, play.now)).send(new Reconnect("token-An", play.now));
    sent.addAll(events(play));
    sent.addAll(play.room.hostCatchUp(play.now));
    assertThat(play.room.phase()).isEqualTo(Phase.QUESTION_OPEN);

    for (RoomEvent event : sent) {
      String json = Jsons.MAPPER.writeValueAsString(event);
      assertThat(fieldNames(Jsons.MAPPER.readTree(json))).as(json).doesNotContainAnyElementsOf(TELLING_FIELDS);
      assertThat(json).doesNotContain(Fixtures.EXPLANATION).doesNotContain(Fixtures.CHILD_AGE.quote());
      for (String accepted : q.content().accepted()) {
        assertThat(json).doesNotContainIgnoringCase(accepted);
      }
    }
    List<QuestionOpened> opened = sent.stream().filter(QuestionOpened.class::isInstance)
        .map(QuestionOpened.class::cast).toList();
    assertThat(opened).as("at opening, to the late joiner, to the reconnecting player, to the host").hasSize(4);
    List<String> shown = shownChoices(play.room.setup());
    assertThat(opened).allSatisfy(o -> assertThat(o.question().choices()).isEqualTo(shown));
    if (type == QuestionType.SINGLE_CHOICE || type == QuestionType.MULTIPLE_SELECT || type == QuestionType.ORDERING) {
      assertThat(shown).isNotEqualTo(q.content().choices().stream().map(Choice::text).toList());
    }
  }

  @Test
  void the_reveal_does_say_what_was_correct_so_the_check_above_would_notice_a_leak() throws Exception {
    Play play = new Play(Fixtures.inBankOrder(Fixtures.noLeadIn(), Fixtures.single()));
    play.join("An");
    play.start().timeUp();

    JsonNode reveal = Jsons.MAPPER.readTree(Jsons.MAPPER.writeValueAsString(play.one(Reveal.class)));

    assertThat(fieldNames(reveal)).contains("correctChoices", "explanation", "citations");
  }

  @Test
  void the_question_players_see_has_no_place_for_the_answer() {
    List<String> components = Arrays.stream(PlayerQuestion.class.getRecordComponents()).map(RecordComponent::getName)
        .toList();

    // The image and its description are part of the question as written, like its text.
    assertThat(components).containsExactly("index", "number", "total", "type", "text", "imageUrl", "imageAlt",
        "choices", "timeLimitSeconds", "points");
    assertThat(PlayerQuestion.class.getRecordComponents()[7].getGenericType().getTypeName())
        .isEqualTo("java.util.List<java.lang.String>");
  }

  private static AnswerPayload firstAnswer(GameQuestion q) {
    return switch (q.type()) {
      case MULTIPLE_SELECT -> AnswerPayload.ofChoices(0);
      case TYPE_ANSWER -> AnswerPayload.ofText("mười sáu");
      case ORDERING -> AnswerPayload.ofOrder(0, 1, 2, 3);
      default -> AnswerPayload.ofChoice(0);
    };
  }

  private static List<String> shownChoices(GameSetup setup) {
    GameQuestion q = setup.questions().get(0);
    Shuffle s = setup.shuffles().get(0);
    List<String> shown = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      shown.add(q.content().choices().get(s.toBank(i)).text());
    }
    return shown;
  }

  private static List<RoomEvent> events(Play play) {
    return play.last.stream().map(Delivery::event).toList();
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    if (node.isObject()) {
      node.fieldNames().forEachRemaining(names::add);
    }
    node.elements().forEachRemaining(child -> names.addAll(fieldNames(child)));
    node.fields().forEachRemaining(e -> names.addAll(fieldNames(e.getValue())));
    return names;
  }
}
