package vn.luatvui.server.law;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;

/** What the read API of the legal store returns. */
final class LawViews {
  private LawViews() {
  }

  /** A document of the registry with what the store knows of it. */
  record DocumentView(String number, String slug, String name, String kind, String issuer, LocalDate issued,
                      LocalDate effectiveFrom, LocalDate effectiveTo, List<String> fields, String text, String status,
                      List<String> replacedBy, List<String> amendedBy, List<String> guides, String source,
                      LocalDate readOn, int articles) {
  }

  /** A run of Điều under the same divisions, for a table of contents. */
  record TocGroup(List<String> divisions, List<TocArticle> articles) {
  }

  record TocArticle(String number, String title, boolean changed) {
  }

  record Structure(DocumentView document, LocalDate asOf, List<TocGroup> toc) {
  }

  /** One wording's days in force, for the "as of" switch. */
  record Period(LocalDate from, LocalDate to, String changedBy) {
  }

  record ChangeView(LocalDate from, String kind, String byDocument, String byProvision, String target,
                    String before, String after) {
  }

  record ArticleView(String document, String documentName, String number, String title, List<String> divisions,
                     LocalDate asOf, String status, JsonNode content, String text, LocalDate effectiveFrom,
                     LocalDate effectiveTo, String changedBy, List<Period> versions, List<ChangeView> changes) {
  }

  /** One article found by a search, its snippet and where the words matched in it. */
  record Hit(String number, String title, String clause, String snippet, List<int[]> highlights) {
  }

  record DocumentHits(String document, String slug, String name, List<Hit> articles) {
  }

  record SearchResult(String q, LocalDate asOf, int total, List<DocumentHits> documents) {
  }
}
