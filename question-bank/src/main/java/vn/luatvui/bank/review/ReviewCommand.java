package vn.luatvui.bank.review;

import java.util.Set;

/** A request to move a question through review; {@link ReviewWorkflow} decides. */
public sealed interface ReviewCommand {
  Actor actor();

  /** New content for the question: becomes a new version. */
  record Edit(Actor actor) implements ReviewCommand {
  }

  /** Send a draft to the reviewers (gửi duyệt). */
  record Submit(Actor actor) implements ReviewCommand {
  }

  /**
   * Approve (duyệt); refused while the question cites a law no longer in force, and refused to anyone
   * among {@code writers}: the people who wrote the versions under review (see {@link WrittenVersion#writersSince}).
   */
  record Approve(Actor actor, String comment, boolean citesLawNoLongerInForce, Set<Long> writers)
      implements ReviewCommand {
    public Approve {
      writers = Set.copyOf(writers);
    }
  }

  /** Return to the author with a comment (trả lại). */
  record Return(Actor actor, String comment) implements ReviewCommand {
  }

  /** Take out of use (ngừng sử dụng). */
  record Retire(Actor actor, String reason) implements ReviewCommand {
  }

  /** A comment that changes nothing but stays in the history. */
  record Comment(Actor actor, String comment) implements ReviewCommand {
  }
}
