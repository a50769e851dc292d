package vn.luatvui.server.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.luatvui.bank.formats.ImportedQuestion;
import vn.luatvui.bank.law.LegalDocument;
import vn.luatvui.bank.question.QuestionType;

/** The ready sets shipped with the starter bank name real questions, playable today, in both languages. */
class StarterSetsFileTest {
  private static final Map<String, ImportedQuestion> BANK = StarterBank.readQuestions().stream()
      .collect(Collectors.toMap(ImportedQuestion::key, Function.identity()));

  @Test
  void every_question_key_of_every_set_is_in_the_starter_bank_once() {
    List<StarterSets.StarterSet> sets = StarterSets.read();
    assertThat(sets).hasSizeGreaterThanOrEqualTo(7);
    for (StarterSets.StarterSet set : sets) {
      assertThat(set.questions()).as(set.key()).hasSizeGreaterThanOrEqualTo(8).doesNotHaveDuplicates();
      assertThat(set.questions()).as(set.key()).allSatisfy(key -> assertThat(BANK).containsKey(key));
    }
    assertThat(sets.stream().map(StarterSets.StarterSet::key)).doesNotHaveDuplicates();
  }

  @Test
  void the_topics_asked_for_are_there_with_names_in_vietnamese_and_english() {
    List<StarterSets.StarterSet> sets = StarterSets.read();
    assertThat(sets.stream().map(StarterSets.StarterSet::topic)).contains("traffic", "children", "labour",
        "constitution", "personal-data", "domestic-violence", "drugs");
    assertThat(sets).allSatisfy(set -> {
      assertThat(set.title().vi()).isNotBlank();
      assertThat(set.title().en()).isNotBlank();
      assertThat(set.description().vi()).isNotBlank();
      assertThat(set.title().vi()).isNotEqualTo(set.title().en());
    });
  }

  @Test
  void no_set_holds_a_poll_or_a_question_citing_a_law_no_longer_in_force() {
    Set<String> ended = new HashSet<>();
    for (LegalDocument d : StarterBank.readDocuments()) {
      if (d.effectiveTo() != null) {
        ended.add(d.number());
      }
    }
    assertThat(ended).contains("23/2008/QH12");
    for (StarterSets.StarterSet set : StarterSets.read()) {
      for (String key : set.questions()) {
        ImportedQuestion q = BANK.get(key);
        assertThat(q.content().type()).as(key).isNotEqualTo(QuestionType.POLL);
        assertThat(q.content().citedDocuments()).as(key).noneMatch(ended::contains);
      }
    }
  }

  @Test
  void a_set_naming_a_key_the_bank_does_not_know_does_not_load() {
    StarterSets.StarterSet broken = new StarterSets.StarterSet("thu", "test", new StarterSets.Text("Thử", "Test"),
        new StarterSets.Text("Thử", "Test"), List.of("tre-em-001", "khong-co-999"));
    Map<String, StarterSets.Found> found = Map.of("tre-em-001", new StarterSets.Found(1, "SINGLE_CHOICE", true));

    assertThatThrownBy(() -> StarterSets.items(broken, found)).hasMessageContaining("khong-co-999");
  }

  @Test
  void a_question_not_playable_when_the_set_is_made_is_left_out() {
    StarterSets.StarterSet set = new StarterSets.StarterSet("thu", "test", new StarterSets.Text("Thử", "Test"),
        new StarterSets.Text("Thử", "Test"), List.of("a", "b", "c"));
    Map<String, StarterSets.Found> found = Map.of("a", new StarterSets.Found(1, "SINGLE_CHOICE", true),
        "b", new StarterSets.Found(2, "TRUE_FALSE", false), "c", new StarterSets.Found(3, "MULTIPLE_SELECT", true));

    assertThat(StarterSets.items(set, found)).containsExactly(new QuestionSetStore.Item(1, 20, 1000),
        new QuestionSetStore.Item(3, 30, 1000));
  }
}
