package vn.luatvui.server.contest.domain;

import vn.luatvui.bank.text.VietnameseText;

/**
 * An article of law a contest draws questions by (điều luật được trích dẫn): every approved question
 * citing it may be drawn, without building a question set first.
 *
 * @param document the document's number as the registry spells it ("36/2024/QH15")
 * @param article  the article (Điều)
 */
public record CitedArticle(String document, int article) {
  public CitedArticle {
    document = document == null ? null : VietnameseText.nfc(document).strip();
  }
}
