package vn.luatvui.server.course.domain;

import java.util.List;

/**
 * Bài học: a reading (articles of the legal store by reference and/or text written for it), an optional
 * video link, and the quiz that ends it. Position counts from 1.
 */
public record Lesson(int position, String title, String body, List<Article> articles, String videoUrl, QuizRules quiz) {
  public Lesson {
    body = body == null ? "" : body;
    articles = articles == null ? List.of() : List.copyOf(articles);
  }
}
