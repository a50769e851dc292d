package vn.luatvui.server.contest.domain;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.luatvui.bank.text.VietnameseText;

/**
 * Where an attempt's questions come from (ngân hàng câu hỏi của cuộc thi): question sets, tags and
 * quotas that must be met in every attempt.
 */
public record QuestionPool(List<Long> setIds, List<String> tags, List<Quota> quotas) {
  public QuestionPool {
    setIds = setIds == null ? List.of() : List.copyOf(setIds);
    tags = tags == null ? List.of() : tags.stream().map(QuestionPool::cleanTag).filter(Objects::nonNull)
        .distinct().toList();
    quotas = quotas == null ? List.of() : List.copyOf(quotas);
  }

  public static QuestionPool empty() {
    return new QuestionPool(List.of(), List.of(), List.of());
  }

  /** Lower case, NFC, trimmed; blank is null. */
  static String cleanTag(String tag) {
    if (tag == null) {
      return null;
    }
    String t = VietnameseText.nfc(tag).strip().toLowerCase(Locale.ROOT);
    return t.isEmpty() ? null : t;
  }
}
