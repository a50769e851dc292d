package vn.luatvui.server.contest.domain;

import java.util.List;
import java.util.Objects;
import vn.luatvui.bank.question.QuestionType;

/**
 * A bank question that may be drawn for an attempt (câu hỏi ứng viên), with what the draw needs of it.
 *
 * @param tags lower-cased, NFC, trimmed
 */
public record Candidate(long questionId, int version, QuestionType type, int choiceCount, List<String> tags,
                        int difficulty) {
  public Candidate {
    tags = tags == null ? List.of() : tags.stream().map(QuestionPool::cleanTag).filter(Objects::nonNull).toList();
  }
}
