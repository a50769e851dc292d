package vn.luatvui.server.game.live;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.luatvui.server.support.LiveGames.answer;
import static vn.luatvui.server.support.LiveGames.createGame;
import static vn.luatvui.server.support.LiveGames.hostScreen;
import static vn.luatvui.server.support.LiveGames.join;
import static vn.luatvui.server.support.LiveGames.shownIndexOf;
import static vn.luatvui.server.support.LiveGames.shownIndexOfCorrect;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.luatvui.server.support.GameClient;
import vn.luatvui.server.support.Http;
import vn.luatvui.server.support.LiveGames;
import vn.luatvui.server.support.RunningServer;

/**
 * Answers over real WebSockets: each question type judged and scored as the bank says, nothing of the
 * answer shown while the question is open, and answers that come too late or to another question.
 */
class AnswerTypesOverSocketTest {
  /** What a player may be shown of an open question (PlayerQuestion's fields). */
  private static final List<String> SHOWN_FIELDS = List.of("index", "number", "total", "type", "text", "imageUrl",
      "choices", "timeLimitSeconds", "points");

  @RegisterExtension
  static final RunningServer running = new RunningServer();
  private static final Vertx vertx = Vertx.vertx();
  private static Http host;
  private static int port;

  @BeforeAll
  static void createHost() {
    port = running.server().config().httpPort();
    host = LiveGames.hostAccount(port);
  }

  @AfterAll
  static void closeClients() {
    vertx.close().await();
  }

  @Test
  void multiple_select_scores_exactly_the_correct_choices_and_nothing_for_the_wrong_ones() {
    JsonObject bank = LiveGames.approved(host, "MULTIPLE_SELECT");
    List<String> correct = texts(bank, true);
    List<String> wrong = texts(bank, false);
    assertThat(wrong).as("the bank question has a wrong choice to pick").isNotEmpty();

    Played game = play(bank,
        shown -> new JsonObject().put("choices", indices(shown, correct)),
        shown -> new JsonObject().put("choices", indices(shown, wrong)));

    assertThat(game.shownChoices()).containsExactlyInAnyOrderElementsOf(choiceTexts(bank));
    assertThat(game.reveal().getJsonArray("correctChoices").getList())
        .containsExactlyInAnyOrderElementsOf(indices(game.opened(), correct).getList());
    assertScored(game);
  }

  @Test
  void true_false_scores_the_correct_one_of_the_two() {
    JsonObject bank = LiveGames.approved(host, "TRUE_FALSE");

    Played game = play(bank,
        shown -> new JsonObject().put("choice", shownIndexOfCorrect(shown, bank)),
        shown -> new JsonObject().put("choice", 1 - shownIndexOfCorrect(shown, bank)));

    assertThat(game.shownChoices()).containsExactlyElementsOf(choiceTexts(bank));
    assertThat(game.reveal().getJsonArray("correctChoices").getList())
        .containsExactly(shownIndexOfCorrect(game.opened(), bank));
    assertScored(game);
  }

  @Test
  void type_answer_accepts_an_accepted_answer_in_any_case_and_spacing_and_shows_none_of_them() {
    JsonObject bank = LiveGames.approved(host, "TYPE_ANSWER");
    List<String> accepted = accepted(bank);
    assertThat(accepted).isNotEmpty();
    String typed = "  " + accepted.get(0).toUpperCase(Locale.ROOT).replace(" ", "   ") + " ";

    Played game = play(bank,
        shown -> new JsonObject().put("text", typed),
        shown -> new JsonObject().put("text", "không có đáp án nào như thế này"));

    assertThat(game.shownChoices()).isEmpty();
    List<String> shownTexts = strings(game.openedFrame());
    for (String answer : accepted) {
      assertThat(shownTexts).as("accepted answer '%s' in the open question", answer)
          .noneMatch(s -> s.strip().equalsIgnoreCase(answer));
    }
    assertThat(game.reveal().getJsonArray("acceptedAnswers").getList()).containsAll(accepted);
    assertScored(game);
  }

  @Test
  void ordering_scores_only_the_bank_order_and_never_shows_the_items_in_it() {
    JsonObject bank = LiveGames.approved(host, "ORDERING");
    List<String> inOrder = choiceTexts(bank);
    assertThat(inOrder).hasSizeGreaterThan(1);

    Played game = play(bank,
        shown -> new JsonObject().put("order", indices(shown, inOrder)),
        shown -> new JsonObject().put("order", indices(shown, reversed(inOrder))));

    assertThat(game.shownChoices()).containsExactlyInAnyOrderElementsOf(inOrder)
        .as("an ordering question is never shown in its correct order").isNotEqualTo(inOrder);
    assertThat(game.reveal().getJsonArray("correctChoices").getList())
        .containsExactlyElementsOf(indices(game.opened(), inOrder).getList());
    assertScored(game);
  }

  @Test
  void a_poll_takes_any_choice_and_scores_nobody() {
    JsonObject bank = LiveGames.approved(host, "POLL");

    Played game = play(bank,
        shown -> new JsonObject().put("choice", 0),
        shown -> new JsonObject().put("choice", shown.getJsonArray("choices").size() - 1));

    assertThat(game.shownChoices()).containsExactlyElementsOf(choiceTexts(bank));
    for (JsonObject result : List.of(game.first(), game.second())) {
      assertThat(result.getBoolean("answered")).isTrue();
      assertThat(result.getBoolean("correct")).isFalse();
      assertThat(result.getInteger("points")).isZero();
      assertThat(result.getInteger("score")).isZero();
    }
    assertThat(game.reveal().getJsonArray("correctChoices")).isEmpty();
    assertThat(game.reveal().getInteger("percentCorrect")).isNull();
    assertThat(game.reveal().getInteger("answered")).isEqualTo(2);
  }

  @Test
  void an_answer_after_the_host_closed_the_question_is_refused_as_time_up_and_scores_nothing() {
    JsonObject bank = LiveGames.singleChoice(host);
    JsonObject game = createGame(host, List.of(bank), 120, new JsonObject());
    String pin = game.getString("pin");
    try (GameClient screen = hostScreen(vertx, port, host, game.getLong("gameId"));
         GameClient lan = GameClient.connect(vertx, port, null);
         GameClient minh = GameClient.connect(vertx, port, null)) {
      join(lan, pin, "Lan");
      join(minh, pin, "Minh");
      screen.send(new JsonObject().put("type", "start"));
      int right = shownIndexOfCorrect(lan.await("QuestionOpened").getJsonObject("question"), bank);
      minh.await("QuestionOpened");
      lan.send(answer(right));
      assertThat(lan.await("AnswerAccepted").getBoolean("alreadyAnswered")).isFalse();

      screen.send(new JsonObject().put("type", "next"));
      assertThat(screen.await("Reveal").getString("closedBy")).isEqualTo("HOST");
      JsonObject lanResult = lan.await("PlayerResult");
      assertThat(lanResult.getBoolean("correct")).isTrue();
      JsonObject minhResult = minh.await("PlayerResult");
      assertThat(minhResult.getBoolean("answered")).isFalse();
      assertThat(minhResult.getInteger("score")).isZero();

      minh.send(answer(right));
      JsonObject late = minh.await("AnswerRejected");
      assertThat(late.getString("reason")).isEqualTo("TIME_UP");
      assertThat(late.getInteger("questionIndex")).isZero();
      assertThat(late.getString("message")).isEqualTo("Hết giờ trả lời.");
      lan.send(answer(right == 0 ? 1 : 0));
      assertThat(lan.await("AnswerAccepted").getBoolean("alreadyAnswered"))
          .as("a repeat after the close is still the answer already taken").isTrue();

      screen.send(new JsonObject().put("type", "end"));
      screen.await("Podium");
      JsonObject minhFinal = minh.await("FinalResult");
      assertThat(minhFinal.getInteger("score")).isZero();
      assertThat(minhFinal.getInteger("correctCount")).isZero();
      JsonObject lanFinal = lan.await("FinalResult");
      assertThat(lanFinal.getInteger("score")).isEqualTo(lanResult.getInteger("score"));
      assertThat(lanFinal.getInteger("correctCount")).isEqualTo(1);

      minh.send(answer(right));
      assertThat(minh.await("AnswerRejected").getString("reason")).as("an answer at the podium")
          .isEqualTo("GAME_OVER");
    }
  }

  @Test
  void answers_to_a_question_not_open_are_refused_and_a_skipped_question_scores_nothing() {
    JsonObject first = LiveGames.singleChoice(host);
    JsonObject second = LiveGames.approved(host, "TRUE_FALSE");
    JsonObject game = createGame(host, List.of(first, second), 120, new JsonObject());
    String pin = game.getString("pin");
    try (GameClient screen = hostScreen(vertx, port, host, game.getLong("gameId"));
         GameClient lan = GameClient.connect(vertx, port, null);
         GameClient minh = GameClient.connect(vertx, port, null)) {
      join(lan, pin, "Lan");
      join(minh, pin, "Minh"); // never answers, so each question stays open until the host moves on
      lan.send(answer(0));
      assertThat(lan.await("AnswerRejected").getString("reason")).as("an answer in the lobby")
          .isEqualTo("NOT_OPEN_YET");

      screen.send(new JsonObject().put("type", "start"));
      JsonObject opened = lan.await("QuestionOpened").getJsonObject("question");
      lan.send(LiveGames.answer(1, new JsonObject().put("choice", 0)));
      JsonObject ahead = lan.await("AnswerRejected");
      assertThat(ahead.getString("reason")).isEqualTo("WRONG_QUESTION");
      assertThat(ahead.getInteger("questionIndex")).isEqualTo(1);

      lan.send(answer(shownIndexOfCorrect(opened, first)));
      assertThat(lan.await("AnswerAccepted").getBoolean("alreadyAnswered")).isFalse();
      screen.send(new JsonObject().put("type", "skip"));
      assertThat(lan.await("QuestionSkipped").getInteger("questionIndex")).isZero();
      JsonObject next = lan.await("QuestionOpened").getJsonObject("question");
      assertThat(next.getInteger("index")).isEqualTo(1);

      lan.send(answer(shownIndexOfCorrect(opened, first)));
      JsonObject behind = lan.await("AnswerRejected");
      assertThat(behind.getString("reason")).as("an answer to the skipped question").isEqualTo("WRONG_QUESTION");
      assertThat(behind.getInteger("questionIndex")).isZero();

      screen.send(new JsonObject().put("type", "end"));
      JsonObject result = lan.await("FinalResult");
      assertThat(result.getInteger("score")).as("the skipped question's answer is not scored").isZero();
      assertThat(result.getInteger("correctCount")).isZero();
      assertThat(lan.seen()).noneMatch(f -> f.contains("\"PlayerResult\""));
    }
  }

  /** One question played by Lan (the first answer) and Minh (the second), both answering at once. */
  private record Played(JsonObject opened, String openedFrame, JsonObject reveal, JsonObject first,
                        JsonObject second) {
    List<Object> shownChoices() {
      return opened.getJsonArray("choices").getList();
    }
  }

  /**
   * Plays a game of that one bank question: two players answer with the payloads made from the question
   * they were shown, which closes it. Checks on the way that the open question gives nothing away.
   */
  private Played play(JsonObject bank, Function<JsonObject, JsonObject> firstAnswer,
                      Function<JsonObject, JsonObject> secondAnswer) {
    JsonObject game = createGame(host, List.of(bank), 120, new JsonObject());
    String pin = game.getString("pin");
    try (GameClient screen = hostScreen(vertx, port, host, game.getLong("gameId"));
         GameClient lan = GameClient.connect(vertx, port, null);
         GameClient minh = GameClient.connect(vertx, port, null)) {
      join(lan, pin, "Lan");
      join(minh, pin, "Minh");
      screen.send(new JsonObject().put("type", "start"));

      JsonObject lanOpened = lan.await("QuestionOpened");
      JsonObject minhOpened = minh.await("QuestionOpened");
      JsonObject shown = lanOpened.getJsonObject("question");
      assertThat(minhOpened.getJsonObject("question")).as("every player is shown the same question").isEqualTo(shown);
      assertThat(shown.getString("type")).isEqualTo(bank.getJsonObject("content").getString("type"));
      assertThat(shown.fieldNames()).isSubsetOf(SHOWN_FIELDS);
      String frame = lanOpened.encode();
      assertThat(frame).doesNotContain("\"correct").doesNotContain("accepted").doesNotContain("explanation")
          .doesNotContain("citations");

      lan.send(answer(0, firstAnswer.apply(shown)));
      assertThat(lan.await("AnswerAccepted").getBoolean("alreadyAnswered")).isFalse();
      minh.send(answer(0, secondAnswer.apply(shown)));
      assertThat(minh.await("AnswerAccepted").getBoolean("alreadyAnswered")).isFalse();

      JsonObject reveal = lan.await("Reveal");
      assertThat(reveal.getString("closedBy")).isEqualTo("ALL_ANSWERED");
      return new Played(shown, frame, reveal, lan.await("PlayerResult"), minh.await("PlayerResult"));
    }
  }

  /** The first answer was right and scored, the second wrong and scored nothing. */
  private static void assertScored(Played game) {
    assertThat(game.first().getBoolean("answered")).isTrue();
    assertThat(game.first().getBoolean("correct")).isTrue();
    assertThat(game.first().getInteger("points")).isBetween(1, 1000);
    assertThat(game.first().getInteger("score")).isEqualTo(game.first().getInteger("points"));
    assertThat(game.second().getBoolean("answered")).isTrue();
    assertThat(game.second().getBoolean("correct")).isFalse();
    assertThat(game.second().getInteger("points")).isZero();
    assertThat(game.second().getInteger("score")).isZero();
    assertThat(game.reveal().getInteger("correctCount")).isEqualTo(1);
  }

  /** The bank's choice texts, in the bank's order. */
  private static List<String> choiceTexts(JsonObject bank) {
    return bank.getJsonObject("content").getJsonArray("choices").stream()
        .map(c -> ((JsonObject) c).getString("text")).toList();
  }

  /** The texts of the bank's correct (or wrong) choices. */
  private static List<String> texts(JsonObject bank, boolean correct) {
    return bank.getJsonObject("content").getJsonArray("choices").stream().map(c -> (JsonObject) c)
        .filter(c -> c.getBoolean("correct") == correct).map(c -> c.getString("text")).toList();
  }

  private static List<String> accepted(JsonObject bank) {
    return bank.getJsonObject("content").getJsonArray("accepted").stream().map(String.class::cast).toList();
  }

  /** Where these texts were shown, in the same order. */
  private static JsonArray indices(JsonObject shown, List<String> texts) {
    JsonArray indices = new JsonArray();
    texts.forEach(t -> indices.add(shownIndexOf(shown, t)));
    return indices;
  }

  private static List<String> reversed(List<String> list) {
    List<String> copy = new ArrayList<>(list);
    Collections.reverse(copy);
    return copy;
  }

  /** Every string value anywhere in a JSON frame. */
  private static List<String> strings(String frame) {
    List<String> out = new ArrayList<>();
    collect(new JsonObject(frame), out);
    return out;
  }

  private static void collect(Object value, List<String> out) {
    if (value instanceof String s) {
      out.add(s);
    } else if (value instanceof JsonObject o) {
      o.forEach(e -> collect(e.getValue(), out));
    } else if (value instanceof JsonArray a) {
      a.forEach(v -> collect(v, out));
    }
  }
}
