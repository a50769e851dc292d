package vn.luatvui.bank.law.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.luatvui.bank.law.text.LawFixtures.withHeader;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.luatvui.bank.law.DocumentKind;

class LegalTextFormatTest {
  @Test
  void the_header_gives_the_documents_facts_and_its_source() {
    DocumentHeader h = LawFixtures.document(LawFixtures.CODE).header();
    assertThat(h.number()).isEqualTo("901/2020/QH14");
    assertThat(h.kind()).isEqualTo(DocumentKind.BO_LUAT);
    assertThat(h.issuer()).isEqualTo("Quốc hội");
    assertThat(h.effectiveFrom()).isEqualTo(LocalDate.of(2021, 1, 1));
    assertThat(h.fields()).containsExactly("Hình sự", "Trẻ em");
    assertThat(h.source()).isEqualTo("https://vanban.example.vn/bo-luat-mau-2020");
    assertThat(h.readOn()).isEqualTo(LocalDate.of(2026, 11, 30));
    assertThat(h.coverage()).isEqualTo(TextCoverage.FULL);
    assertThat(h.ownDates()).containsExactly(new DocumentHeader.ProvisionDate(ProvisionPath.parse("Điều 3 khoản 2"),
        LocalDate.of(2022, 1, 1)));
  }

  @Test
  void the_body_is_read_into_parts_chapters_sections_articles_clauses_and_points() {
    LegalText text = LawFixtures.document(LawFixtures.CODE).text();
    assertThat(text.preamble()).containsExactly("QUỐC HỘI", "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;",
        "Quốc hội ban hành Bộ luật Mẫu.");
    Division part = (Division) text.body().get(0);
    assertThat(part.heading()).isEqualTo("Phần thứ nhất");
    assertThat(part.name()).isEqualTo("NHỮNG QUY ĐỊNH CHUNG");
    Division chapter1 = (Division) part.children().get(0);
    assertThat(chapter1.heading()).isEqualTo("Chương I");
    assertThat(chapter1.name()).as("a name printed over two lines").isEqualTo("PHẠM VI ĐIỀU CHỈNH VÀ ĐỐI TƯỢNG ÁP DỤNG");
    Division chapter2 = (Division) part.children().get(1);
    Division section2 = (Division) chapter2.children().get(1);
    Division subsection = (Division) section2.children().get(0);
    assertThat(subsection.kind()).isEqualTo(DivisionKind.SUBSECTION);
    assertThat(subsection.children()).extracting(n -> ((Article) n).number()).containsExactly("5");
    assertThat(text.articles()).extracting(Article::number).containsExactly("1", "2", "3", "4", "5");

    Article article2 = text.article("2").orElseThrow();
    assertThat(article2.title()).isEqualTo("Các hành vi bị nghiêm cấm");
    assertThat(article2.text()).containsExactly("Nghiêm cấm các hành vi sau đây:");
    Clause clause3 = article2.clause("3").orElseThrow();
    assertThat(clause3.points()).extracting(Point::number).containsExactly("a", "b", "c", "d", "đ");
    assertThat(clause3.point("đ").orElseThrow().text())
        .as("a paragraph after a point belongs to the point").containsExactly("Tham gia hoạt động mê tín.",
            "Việc lợi dụng quy định tại điểm đ được xử lý theo pháp luật.");
    assertThat(text.article("4").orElseThrow().clauses()).isEmpty();
    assertThat(text.article("5").orElseThrow().points()).extracting(Point::number).containsExactly("a", "b");
    assertThat(text.closing()).hasSize(3).first().asString().startsWith("Bộ luật này được Quốc hội");
  }

  @Test
  void a_unit_renders_back_in_the_layout_it_was_read_from() {
    LegalText text = LawFixtures.document(LawFixtures.CODE).text();
    assertThat(text.find(ProvisionPath.parse("Điều 3")).orElseThrow().render()).containsExactly(
        "Điều 3. Quyền được sống", "1. Trẻ em có quyền được bảo vệ tính mạng.",
        "2. Trẻ em có quyền được chăm sóc sức khỏe.");
    assertThat(text.find(ProvisionPath.parse("Điều 2 khoản 3 điểm b")).orElseThrow().plainText())
        .isEqualTo("b) Vận chuyển hàng cấm;");
  }

  @Test
  void quotations_in_an_amending_law_are_paragraphs_not_structure() {
    LawDocument law = LawFixtures.document(LawFixtures.AMENDING);
    assertThat(law.text().articles()).extracting(Article::number).containsExactly("1", "2", "3");
    Clause first = law.text().article("1").orElseThrow().clause("1").orElseThrow();
    assertThat(first.points()).isEmpty();
    assertThat(first.text()).hasSize(7).contains("b) Vận chuyển hàng cấm;");
    Clause third = law.text().article("1").orElseThrow().clause("3").orElseThrow();
    assertThat(third.text()).as("a quoted phrase inside the quotation does not close it").containsExactly(
        "Bổ sung Điều 2a vào sau Điều 2 như sau:", "“Điều 2a. Trách nhiệm của nhà trường",
        "1. Nhà trường có trách nhiệm phòng ngừa xâm hại trẻ em.",
        "2. Nhà trường phối hợp với gia đình trong việc “giáo dục kỹ năng”.”");
    assertThat(law.text().article("2").orElseThrow().clauses()).extracting(Clause::number).containsExactly("1", "2");
  }

  @Test
  void the_changes_point_at_what_they_change_with_the_new_wording() {
    List<Change> changes = LawFixtures.document(LawFixtures.AMENDING).changes();
    assertThat(changes).extracting(Change::action).containsExactly(ChangeAction.AMEND, ChangeAction.INSERT,
        ChangeAction.INSERT, ChangeAction.INSERT, ChangeAction.REPLACE_PHRASE, ChangeAction.REPEAL);
    Change amend = changes.get(0);
    assertThat(amend.targetDocument()).isEqualTo("901/2020/QH14");
    assertThat(amend.target()).isEqualTo(ProvisionPath.parse("Điều 2 khoản 3"));
    assertThat(amend.from()).isEqualTo(LocalDate.of(2025, 7, 1));
    assertThat(amend.source()).isEqualTo(ProvisionPath.parse("Điều 1 khoản 1"));
    Clause wording = (Clause) amend.wording();
    assertThat(wording.text()).containsExactly("Lợi dụng trẻ em vào các mục đích sau đây:");
    assertThat(wording.points()).hasSize(5);
    Article added = (Article) changes.get(2).wording();
    assertThat(added.heading()).isEqualTo("Điều 2a. Trách nhiệm của nhà trường");
    assertThat(added.clauses()).hasSize(2);
    assertThat(((Point) changes.get(3).wording()).number()).isEqualTo("a1");
    assertThat(changes.get(4).oldPhrase()).isEqualTo("xã, phường, thị trấn");
    assertThat(changes.get(4).newPhrase()).isEqualTo("xã, phường, đặc khu");
    assertThat(changes.get(5).wording()).isNull();
  }

  @Test
  void a_document_without_text_has_its_header_and_relations_only() {
    LawDocument replacing = LawFixtures.document(LawFixtures.REPLACING);
    assertThat(replacing.header().coverage()).isEqualTo(TextCoverage.NONE);
    assertThat(replacing.header().replaces()).containsExactly(
        new DocumentHeader.Replacement("901/2020/QH14", LocalDate.of(2027, 1, 1)));
    assertThat(replacing.text().articles()).isEmpty();
  }

  @Test
  void text_in_nfd_is_read_as_nfc() {
    String nfd = java.text.Normalizer.normalize(withHeader("đầy đủ", "Điều 1. Phạm vi", "1. Trẻ em."),
        java.text.Normalizer.Form.NFD);
    LawDocument d = LegalTextFormat.parse("nfd.txt", nfd);
    assertThat(d.text().article("1").orElseThrow().title()).isEqualTo("Phạm vi");
  }

  @Test
  void dates_not_yet_confirmed_may_be_left_out_only_of_a_document_kept_without_its_text() {
    String headerOnly = String.join("\n", "Số hiệu: 9/2031/QH16", "Tên: Luật Chưa Rõ Ngày", "Loại: Luật",
        "Cơ quan ban hành: Quốc hội", "Nguồn: thông cáo báo chí", "Ngày đọc: 2031-01-02", "Văn bản: không có", "---");
    String withText = headerOnly.replace("Văn bản: không có", "Văn bản: đầy đủ") + "\nĐiều 1. Phạm vi";

    LawDocument kept = LegalTextFormat.parse("9-2031-QH16.txt", headerOnly);

    assertThat(kept.header().passed()).isNull();
    assertThat(kept.header().effectiveFrom()).isNull();
    assertThat(errors(withText)).containsExactlyInAnyOrder(
        "dòng 8: thiếu \"Ngày thông qua\" ở phần đầu", "dòng 8: thiếu \"Hiệu lực từ\" ở phần đầu");
  }

  @Test
  void header_errors_are_reported_by_line() {
    String file = String.join("\n", "Số hiệu: 1/2030/QH16", "Tên: Luật Thử", "Loại: Pháp lệnh riêng",
        "Cơ quan ban hành: Quốc hội", "Ngày thông qua: 2030-13-01", "Hiệu lực từ: 2030-07-01",
        "Hết hiệu lực: 2030-06-01", "Nguồn: https://vanban.example.vn/thu", "Văn bản: toàn bộ", "Ghi chú: không",
        "Thay thế: 2/2020/QH14", "Tên: Luật Khác", "---", "Điều 1. Phạm vi");
    assertThat(errors(file)).containsExactlyInAnyOrder(
        "dòng 3: \"Loại\" không biết: \"Pháp lệnh riêng\"",
        "dòng 5: \"Ngày thông qua\": ngày \"2030-13-01\" không hợp lệ (viết YYYY-MM-DD)",
        "dòng 7: ngày hết hiệu lực trước ngày có hiệu lực",
        "dòng 9: \"Văn bản\" phải là đầy đủ, một phần hoặc không có",
        "dòng 10: khóa không biết: \"Ghi chú\"",
        "dòng 11: \"Thay thế\" phải có dạng <số hiệu> | <ngày>",
        "dòng 12: \"Tên\" chỉ được ghi một lần",
        "dòng 13: thiếu \"Ngày đọc\" ở phần đầu");
  }

  @Test
  void body_errors_are_reported_by_line() {
    String file = withHeader("đầy đủ",
        "1. Khoản trước mọi Điều.",           // 11
        "Điều 1. Phạm vi",                    // 12
        "1. Một.",                             // 13
        "1. Lại một.",                         // 14
        "a) Điểm.",                            // 15
        "a) Lại điểm.",                        // 16
        "Điều 1. Lần nữa",                     // 17
        "Chương II",                           // 18
        "Điều 2. Chương không có tên",         // 19
        "“Trích dẫn không bao giờ đóng",       // 20
        "Điều 3. Trong trích dẫn");            // 21
    assertThat(errors(file)).containsExactly(
        "dòng 11: khoản \"1.\" nằm ngoài mọi Điều",
        "dòng 14: khoản 1 xuất hiện hai lần trong Điều 1",
        "dòng 16: điểm a xuất hiện hai lần trong khoản 1 Điều 1",
        "dòng 17: Điều 1 xuất hiện hai lần",
        "dòng 18: Chương II thiếu tên (dòng sau nó phải là tên)",
        "dòng 20: trích dẫn mở bằng “ ở dòng này không được đóng bằng ”");
  }

  @Test
  void a_point_or_a_paragraph_outside_any_article_is_an_error() {
    String file = withHeader("đầy đủ", "Chương I", "TÊN", "Điều 1. Một", "Chương II", "TÊN HAI", "Mục 1", "TÊN MỤC",
        "Điều 2. Hai", "a) Điểm của Điều 2.", "Mục 2", "TÊN MỤC HAI", "Điều 3. Ba");
    assertThat(LegalTextFormat.parse("ok.txt", file).text().article("2").orElseThrow().points()).hasSize(1);
    assertThat(errors(withHeader("đầy đủ", "b) Điểm lạc.", "Điều 1. Một"))).containsExactly(
        "dòng 11: điểm \"b)\" nằm ngoài mọi Điều");
  }

  @Test
  void the_stated_coverage_must_match_the_body() {
    assertThat(errors(withHeader("không có", "Điều 1. Một"))).containsExactly(
        "dòng 1: \"Văn bản: không có\" nhưng phần thân có Điều");
    assertThat(errors(withHeader("đầy đủ", "Căn cứ Hiến pháp;"))).containsExactly(
        "dòng 1: \"Văn bản: đầy đủ\" nhưng phần thân không có Điều nào");
  }

  @Test
  void change_errors_are_reported_by_line() {
    String file = withHeader("đầy đủ", "Điều 1. Sửa đổi", "1. Sửa khoản 1 Điều 5.",   // 11-12
        "=== THAY ĐỔI ===",                                                            // 13
        "lời văn trước mọi thay đổi",                                                 // 14
        "@ sửa | 9/2020/QH14 | Điều 5 | 2031-01-01 | Điều 1",                        // 15
        "@ sửa đổi | 9/2020/QH14 | Điều 5",                                            // 16
        "@ sửa đổi | 9/2020/QH14 | Điều 5 khoản 1 | 2031-01-01 | Điều 1 khoản 1",    // 17
        "2. Số khoản sai.",                                                            // 18
        "@ bãi bỏ | 9/2020/QH14 | Điều 6 | 2031-01-01 | Điều 1 khoản 1",              // 19
        "Lời văn thừa.",                                                               // 20
        "@ thay cụm từ | 9/2020/QH14 | Điều 7 | 2031-01-01 | Điều 1 khoản 1",         // 21
        "Cũ: a",                                                                       // 22
        "@ bổ sung | 9/2020/QH14 | Điều 8 | 2031-02-30 | Điều 1 khoản 1",             // 23
        "Điều 8. Mới",                                                                 // 24
        "@ bãi bỏ | 9/2020/QH14 | Điều 9 | 2031-01-01 | Điều 2",                      // 25
        "@ bổ sung | 9/2020/QH14 | Điều 10 | 2031-01-01 | Điều 1 khoản 1");          // 26
    assertThat(errors(file)).containsExactly(
        "dòng 14: mỗi thay đổi phải bắt đầu bằng một dòng \"@ …\"",
        "dòng 15: hành động không biết: \"sửa\" (sửa đổi, bổ sung, bãi bỏ, thay cụm từ)",
        "dòng 16: thay đổi phải có dạng \"@ <hành động> | <văn bản> | <điều khoản> | <từ ngày> | <điều khoản của văn bản này>\"",
        "dòng 18: lời văn mới phải là đúng một khoản bắt đầu bằng \"1.\"",
        "dòng 20: bãi bỏ không có lời văn mới",
        "dòng 21: thay cụm từ cần đúng hai dòng \"Cũ: …\" và \"Mới: …\"",
        "dòng 23: \"từ ngày\": ngày \"2031-02-30\" không hợp lệ (viết YYYY-MM-DD)",
        "dòng 25: thay đổi bãi bỏ Điều 9 của 9/2020/QH14 dẫn Điều 2, văn bản này không có",
        "dòng 26: thiếu lời văn mới của Điều 10");
  }

  @Test
  void a_document_does_not_change_itself() {
    String file = withHeader("một phần", "Điều 1. Một", "=== THAY ĐỔI ===",
        "@ bãi bỏ | 1/2030/QH16 | Điều 1 | 2031-01-01 | Điều 1");
    assertThat(errors(file)).containsExactly("dòng 13: một văn bản không thay đổi chính nó (Điều 1)");
  }

  private static List<String> errors(String content) {
    try {
      LegalTextFormat.parse("thu.txt", content);
    } catch (LegalTextException e) {
      assertThat(e.file()).isEqualTo("thu.txt");
      return e.errors().stream().map(ParseError::toString).toList();
    }
    throw new AssertionError("expected errors");
  }
}
