package vn.luatvui.server.contest.domain;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.luatvui.bank.text.VietnameseText;

/**
 * Where an attempt's questions come from (ngân hàng câu hỏi của cuộc thi): question sets, tags, cited
 * articles and quotas that must be met in every attempt. Sets, tags and articles narrow one another: a
 * question is drawn when it is in one of the sets (if any), carries one of the tags (if any) and cites
 * one of the articles (if any).
 *
 * @param excludePublic draw only questions that are not public in the lookup (chỉ dùng câu hỏi không công khai):
 *                      a public question may have been read, with its answer, before the contest
 */
public record QuestionPool(List<Long> setIds, List<String> tags, List<Quota> quotas, boolean excludePublic,
                           List<CitedArticle> articles) {
  public QuestionPool {
    articles = articles == null ? List.of() : articles.stream()
        .filter(a -> a != null && a.document() != null && !a.document().isEmpty()).distinct().toList();
    setIds = setIds == null ? List.of() : List.copyOf(setIds);
    tags = tags == null ? List.of() : tags.stream().map(QuestionPool::cleanTag).filter(Objects::nonNull)
        .distinct().toList();
    quotas = quotas == null ? List.of() : List.copyOf(quotas);
  }

  public QuestionPool(List<Long> setIds, List<String> tags, List<Quota> quotas, boolean excludePublic) {
    this(setIds, tags, quotas, excludePublic, List.of());
  }

  public QuestionPool(List<Long> setIds, List<String> tags, List<Quota> quotas) {
    this(setIds, tags, quotas, false);
  }

  public static QuestionPool empty() {
    return new QuestionPool(List.of(), List.of(), List.of());
  }

  /** No set, tag or article: nothing chosen (for the ranked pool, the whole approved bank; for practice, no pool of its own). */
  public boolean noneChosen() {
    return setIds.isEmpty() && tags.isEmpty() && articles.isEmpty();
  }

  /** The same pool, drawing only from questions that are not public. */
  public QuestionPool withoutPublic() {
    return new QuestionPool(setIds, tags, quotas, true, articles);
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
