package vn.luatvui.server.bank;

import java.util.List;
import java.util.Map;
import vn.luatvui.bank.question.Audience;
import vn.luatvui.bank.question.Choice;
import vn.luatvui.bank.question.QuestionType;

/** An approved public question as anyone may read it in the lookup: answer, explanation and the law. */
public record PublicQuestion(long id, QuestionType type, String text, List<Choice> choices, List<String> accepted,
                             String explanation, List<PublicCitation> citations, List<String> tags, int difficulty,
                             Audience audience, String imageUrl, String imageAlt) {

  /** A citation with the document's name and the reference spelled out ("khoản 1 Điều 8"). */
  public record PublicCitation(String document, String documentName, int article, Integer clause, String point,
                               String quote, String reference) {
  }

  public static PublicQuestion of(StoredQuestion q, Map<String, String> documentNames) {
    var c = q.content();
    return new PublicQuestion(q.id(), c.type(), c.text(), c.choices(), c.accepted(), c.explanation(),
        c.citations().stream().map(x -> new PublicCitation(x.document(), documentNames.get(x.document()), x.article(),
            x.clause(), x.point(), x.quote(), x.reference())).toList(),
        c.tags(), c.difficulty(), c.audience(), c.imageUrl(), c.imageAlt());
  }
}
