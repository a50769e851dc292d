package vn.luatvui.bank.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.luatvui.bank.account.Role;

class ReviewWorkflowTest {
  private final Actor author = new Actor(1, Set.of(Role.AUTHOR));
  private final Actor reviewer = new Actor(2, Set.of(Role.REVIEWER));
  private final Actor authorWhoReviews = new Actor(3, Set.of(Role.AUTHOR, Role.REVIEWER));

  @Test
  void a_question_goes_from_draft_through_review_to_approved() {
    ReviewState draft = ReviewWorkflow.create(author).next();
    ReviewState inReview = ReviewWorkflow.decide(draft, new ReviewCommand.Submit(author)).next();
    ReviewDecision approved = ReviewWorkflow.decide(inReview, new ReviewCommand.Approve(reviewer, "Chính xác.", false, Set.of()));

    assertThat(draft.status()).isEqualTo(QuestionStatus.DRAFT);
    assertThat(inReview.status()).isEqualTo(QuestionStatus.IN_REVIEW);
    assertThat(approved.next().status()).isEqualTo(QuestionStatus.APPROVED);
    assertThat(approved.next().drawable()).isTrue();
    assertThat(approved.action()).isEqualTo(ReviewAction.APPROVED);
    assertThat(approved.comment()).isEqualTo("Chính xác.");
  }

  @Test
  void an_author_cannot_approve_their_own_question_even_as_a_reviewer() {
    ReviewState inReview = new ReviewState(QuestionStatus.IN_REVIEW, authorWhoReviews.id(), 1, false);

    assertThatThrownBy(() -> ReviewWorkflow.decide(inReview, new ReviewCommand.Approve(authorWhoReviews, null, false, Set.of())))
        .isInstanceOf(ReviewRefused.class)
        .hasMessageContaining("không được tự duyệt")
        .extracting(e -> ((ReviewRefused) e).reason()).isEqualTo(ReviewRefused.Reason.FORBIDDEN);
  }

  @Test
  void an_author_cannot_approve_at_all() {
    ReviewState inReview = new ReviewState(QuestionStatus.IN_REVIEW, 99, 1, false);

    assertThatThrownBy(() -> ReviewWorkflow.decide(inReview, new ReviewCommand.Approve(author, null, false, Set.of())))
        .isInstanceOf(ReviewRefused.class);
  }

  @Test
  void returning_needs_a_comment_and_goes_back_to_draft() {
    ReviewState inReview = new ReviewState(QuestionStatus.IN_REVIEW, author.id(), 1, false);

    assertThatThrownBy(() -> ReviewWorkflow.decide(inReview, new ReviewCommand.Return(reviewer, " ")))
        .hasMessageContaining("lý do");
    ReviewDecision back = ReviewWorkflow.decide(inReview, new ReviewCommand.Return(reviewer, "Sai số Điều."));
    assertThat(back.next().status()).isEqualTo(QuestionStatus.DRAFT);
    assertThat(back.comment()).isEqualTo("Sai số Điều.");
  }

  @Test
  void editing_an_approved_question_makes_a_new_draft_version() {
    ReviewState approved = new ReviewState(QuestionStatus.APPROVED, author.id(), 3, false);

    ReviewState edited = ReviewWorkflow.decide(approved, new ReviewCommand.Edit(author)).next();

    assertThat(edited.version()).isEqualTo(4);
    assertThat(edited.status()).isEqualTo(QuestionStatus.DRAFT);
    assertThat(edited.drawable()).isFalse();
  }

  @Test
  void a_question_in_review_is_not_edited_until_it_is_returned() {
    ReviewState inReview = new ReviewState(QuestionStatus.IN_REVIEW, author.id(), 1, false);

    assertThatThrownBy(() -> ReviewWorkflow.decide(inReview, new ReviewCommand.Edit(author)))
        .extracting(e -> ((ReviewRefused) e).reason()).isEqualTo(ReviewRefused.Reason.CONFLICT);
  }

  @Test
  void another_author_cannot_edit_someone_elses_question() {
    ReviewState draft = new ReviewState(QuestionStatus.DRAFT, 42, 1, false);

    assertThatThrownBy(() -> ReviewWorkflow.decide(draft, new ReviewCommand.Edit(author)))
        .extracting(e -> ((ReviewRefused) e).reason()).isEqualTo(ReviewRefused.Reason.FORBIDDEN);
  }

  @Test
  void a_flagged_question_leaves_play_and_cannot_be_approved_while_it_cites_a_law_no_longer_in_force() {
    ReviewState approved = new ReviewState(QuestionStatus.APPROVED, author.id(), 1, false);

    ReviewDecision flagged = ReviewWorkflow.flag(approved, "Luật hết hiệu lực");
    assertThat(flagged.next().needsReview()).isTrue();
    assertThat(flagged.next().drawable()).isFalse();
    assertThat(flagged.action()).isEqualTo(ReviewAction.FLAGGED);

    ReviewState edited = ReviewWorkflow.decide(flagged.next(), new ReviewCommand.Edit(author)).next();
    ReviewState submitted = ReviewWorkflow.decide(edited, new ReviewCommand.Submit(author)).next();
    assertThatThrownBy(() -> ReviewWorkflow.decide(submitted, new ReviewCommand.Approve(reviewer, null, true, Set.of())))
        .hasMessageContaining("hết hiệu lực");

    ReviewState fixed = ReviewWorkflow.decide(submitted, new ReviewCommand.Approve(reviewer, null, false, Set.of())).next();
    assertThat(fixed.needsReview()).isFalse();
    assertThat(fixed.drawable()).isTrue();
  }

  @Test
  void flagging_leaves_retired_and_already_flagged_questions_alone() {
    assertThat(ReviewWorkflow.flag(new ReviewState(QuestionStatus.RETIRED, 1, 1, false), "x").action()).isNull();
    assertThat(ReviewWorkflow.flag(new ReviewState(QuestionStatus.APPROVED, 1, 1, true), "x").action()).isNull();
  }

  @Test
  void retiring_clears_the_flag_and_is_final() {
    ReviewState flagged = new ReviewState(QuestionStatus.APPROVED, author.id(), 1, true);

    ReviewState retired = ReviewWorkflow.decide(flagged, new ReviewCommand.Retire(reviewer, "Luật mới")).next();

    assertThat(retired.status()).isEqualTo(QuestionStatus.RETIRED);
    assertThat(retired.needsReview()).isFalse();
    assertThatThrownBy(() -> ReviewWorkflow.decide(retired, new ReviewCommand.Retire(reviewer, null)))
        .isInstanceOf(ReviewRefused.class);
  }

  @Test
  void a_reviewer_who_edited_someone_elses_question_cannot_approve_that_version() {
    Actor otherReviewer = new Actor(4, Set.of(Role.REVIEWER));
    ReviewState approved = new ReviewState(QuestionStatus.APPROVED, author.id(), 1, false);
    ReviewState edited = ReviewWorkflow.decide(approved, new ReviewCommand.Edit(reviewer)).next();
    ReviewState submitted = ReviewWorkflow.decide(edited, new ReviewCommand.Submit(reviewer)).next();
    Set<Long> writers = WrittenVersion.writersSince(
        java.util.List.of(new WrittenVersion(1, author.id()), new WrittenVersion(2, reviewer.id())), 1);

    assertThat(edited.authorId()).isEqualTo(author.id());
    assertThatThrownBy(() -> ReviewWorkflow.decide(submitted, new ReviewCommand.Approve(reviewer, null, false, writers)))
        .isInstanceOf(ReviewRefused.class)
        .hasMessageContaining("đã sửa phiên bản")
        .extracting(e -> ((ReviewRefused) e).reason()).isEqualTo(ReviewRefused.Reason.FORBIDDEN);
    assertThat(ReviewWorkflow.decide(submitted, new ReviewCommand.Approve(otherReviewer, null, false, writers))
        .next().status()).isEqualTo(QuestionStatus.APPROVED);
  }

  @Test
  void the_writers_under_review_are_everyone_who_wrote_a_version_since_the_last_approval() {
    java.util.List<WrittenVersion> versions = java.util.List.of(new WrittenVersion(1, 1), new WrittenVersion(2, 2),
        new WrittenVersion(3, 5), new WrittenVersion(4, 1));

    assertThat(WrittenVersion.writersSince(versions, 2)).containsExactlyInAnyOrder(5L, 1L);
    assertThat(WrittenVersion.writersSince(versions, 0)).containsExactlyInAnyOrder(1L, 2L, 5L);
    assertThat(WrittenVersion.writersSince(versions, 4)).isEmpty();
  }

  @Test
  void a_question_flagged_on_a_changed_provision_is_approved_again_as_it_stands_by_another_reviewer() {
    ReviewState approved = new ReviewState(QuestionStatus.APPROVED, author.id(), 2, false);
    ReviewState flagged = ReviewWorkflow.flag(approved, "Khoản 1 Điều 10 được sửa đổi").next();

    assertThatThrownBy(() -> ReviewWorkflow.decide(flagged, new ReviewCommand.Approve(author, null, false, Set.of())))
        .extracting(e -> ((ReviewRefused) e).reason()).isEqualTo(ReviewRefused.Reason.FORBIDDEN);
    ReviewDecision again = ReviewWorkflow.decide(flagged, new ReviewCommand.Approve(reviewer, "Lời văn mới không đổi ý.",
        false, Set.of()));

    assertThat(again.next()).isEqualTo(new ReviewState(QuestionStatus.APPROVED, author.id(), 2, false));
    assertThat(again.next().drawable()).isTrue();
    assertThat(again.action()).isEqualTo(ReviewAction.APPROVED);
    assertThatThrownBy(() -> ReviewWorkflow.decide(again.next(), new ReviewCommand.Approve(reviewer, null, false, Set.of())))
        .extracting(e -> ((ReviewRefused) e).reason()).isEqualTo(ReviewRefused.Reason.CONFLICT);
  }
}
