package vn.luatvui.server.course.domain;

import java.util.List;

/** The short quiz that ends a lesson: how many questions, the pass mark (percent) and where they come from. */
public record QuizRules(int questions, int passPercent, List<String> tags, List<Article> articles) {
  public QuizRules {
    tags = tags == null ? List.of() : List.copyOf(tags);
    articles = articles == null ? List.of() : List.copyOf(articles);
  }
}
