package vn.luatvui.server.course.domain;

import java.util.List;

/** The course's final test: timed, drawn per person, attempts limited, a pass mark (percent). */
public record FinalTestRules(int questions, int timeLimitSeconds, int attempts, int passPercent, List<String> tags,
                             List<Article> articles) {
  public FinalTestRules {
    tags = tags == null ? List.of() : List.copyOf(tags);
    articles = articles == null ? List.of() : List.copyOf(articles);
  }
}
