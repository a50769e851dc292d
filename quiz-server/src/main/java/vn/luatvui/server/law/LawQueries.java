package vn.luatvui.server.law;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.luatvui.bank.text.VietnameseText;
import vn.luatvui.server.law.LawViews.ChangeView;
import vn.luatvui.server.law.LawViews.DocumentView;

/** Reads of the legal store's tables for the API. */
final class LawQueries {
  static final String IN_FORCE = "effective_from <= $1 AND (effective_to IS NULL OR effective_to >= $1)";
  private static final String DOCUMENTS = "SELECT d.number, d.name, d.kind, d.issued, d.effective_from, d.effective_to, "
      + "d.replaced_by, t.issuer, t.fields, t.coverage, s.address, s.read_on, "
      + "(SELECT count(*) FROM law_provision p WHERE p.document_number = d.number AND p.clause IS NULL "
      + "AND p.point IS NULL AND p.effective_from <= $1 AND (p.effective_to IS NULL OR p.effective_to >= $1)) AS articles, "
      + "ARRAY(SELECT DISTINCT r.from_document FROM law_relation r WHERE r.to_document = d.number AND r.kind = 'AMENDS' "
      + "AND r.effective_from <= $1 ORDER BY 1) AS amended_by, "
      + "ARRAY(SELECT DISTINCT r.to_document FROM law_relation r WHERE r.from_document = d.number AND r.kind = 'GUIDES' "
      + "ORDER BY 1) AS guides "
      + "FROM legal_document d LEFT JOIN law_text t ON t.document_number = d.number "
      + "LEFT JOIN law_source s ON s.document_number = d.number ";

  /** The number as {@link #slug} writes it, folded like {@link VietnameseText#fold}, in SQL (numbers are short). */
  private static final String FOLDED_SLUG = "translate(lower(replace(d.number, '/', '-')), "
      + "'Đđàáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹ', "
      + "'ddaaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyy')";

  private final Pool pool;

  LawQueries(Pool pool) {
    this.pool = pool;
  }

  Pool pool() {
    return pool;
  }

  Future<List<DocumentView>> documents(LocalDate day) {
    return pool.preparedQuery(DOCUMENTS + "ORDER BY d.kind, d.number").execute(Tuple.of(day)).map(rows -> {
      List<DocumentView> out = new ArrayList<>();
      rows.forEach(r -> out.add(view(r, day)));
      return out;
    });
  }

  /**
   * The document a path names: its number ("36/2024/QH15"), its number with / written as - ("36-2024-QH15",
   * "168-2024-NĐ-CP"), or that slug without marks and in any case ("168-2024-ND-CP", the form the reader's
   * addresses use); an exact match first.
   */
  Future<DocumentView> document(String slug, LocalDate day) {
    return pool.preparedQuery(DOCUMENTS + "WHERE d.number = $2 OR replace(d.number, '/', '-') = $2 OR "
            + FOLDED_SLUG + " = $3 ORDER BY (d.number = $2 OR replace(d.number, '/', '-') = $2) DESC LIMIT 1")
        .execute(Tuple.of(day, slug, VietnameseText.fold(slug))).map(rows -> {
          if (rows.size() == 0) {
            throw new LawNotFound("Không có văn bản " + slug + " trong kho.");
          }
          return view(rows.iterator().next(), day);
        });
  }

  /** The address form of a number: / written as -, Vietnamese marks dropped ("168/2024/NĐ-CP" → "168-2024-ND-CP"). */
  static String slug(String number) {
    String decomposed = Normalizer.normalize(number.replace('/', '-'), Normalizer.Form.NFD);
    return decomposed.replaceAll("\\p{M}", "").replace('Đ', 'D').replace('đ', 'd');
  }

  private static DocumentView view(Row r, LocalDate day) {
    LocalDate from = r.getLocalDate("effective_from");
    LocalDate to = r.getLocalDate("effective_to");
    List<String> amendedBy = Arrays.asList(r.getArrayOfStrings("amended_by"));
    String status = to != null && day.isAfter(to) ? "OUT_OF_FORCE"
        : from != null && day.isBefore(from) ? "NOT_YET_IN_FORCE"
        : amendedBy.isEmpty() ? "IN_FORCE" : "AMENDED";
    String[] fields = r.getArrayOfStrings("fields");
    String number = r.getString("number");
    return new DocumentView(number, slug(number), r.getString("name"), r.getString("kind"), r.getString("issuer"),
        r.getLocalDate("issued"), from, to, fields == null ? List.of() : Arrays.asList(fields),
        r.getString("coverage") == null ? "NONE" : r.getString("coverage"), status,
        Arrays.asList(r.getArrayOfStrings("replaced_by")), amendedBy, Arrays.asList(r.getArrayOfStrings("guides")),
        r.getString("address"), r.getLocalDate("read_on"), r.getLong("articles").intValue());
  }

  /** Changes of one provision (exact path), oldest first. */
  Future<List<ChangeView>> changes(String number, String article, String clause, String point) {
    return pool.preparedQuery("SELECT effective_from, kind, by_document, by_provision, target, before_text, after_text "
            + "FROM law_change WHERE document_number = $1 AND article = $2 AND clause IS NOT DISTINCT FROM $3 "
            + "AND point IS NOT DISTINCT FROM $4 ORDER BY effective_from, by_document")
        .execute(Tuple.of(number, article, clause, point)).map(rows -> {
          List<ChangeView> out = new ArrayList<>();
          rows.forEach(r -> out.add(new ChangeView(r.getLocalDate(0), r.getString(1), r.getString(2), r.getString(3),
              r.getString(4), r.getString(5), r.getString(6))));
          return out;
        });
  }

  /** The whole store as its lossless JSON export. */
  Future<String> export() {
    return pool.query("SELECT document::text FROM law_text ORDER BY document_number").execute().map(rows -> {
      StringBuilder sb = new StringBuilder("{\"format\":\"luatvui-legal-store\",\"version\":1,\"documents\":[");
      boolean first = true;
      for (Row r : rows) {
        sb.append(first ? "" : ",").append(r.getString(0));
        first = false;
      }
      return sb.append("]}").toString();
    });
  }
}
