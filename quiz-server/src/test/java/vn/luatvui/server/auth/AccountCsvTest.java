package vn.luatvui.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import vn.luatvui.bank.account.Role;

/** The accounts file as an admin's spreadsheet writes it: Vietnamese headers, several roles a cell. */
class AccountCsvTest {
  @Test
  void reads_vietnamese_headers_and_role_names_with_or_without_diacritics() {
    AccountCsv.Parsed parsed = AccountCsv.parse("\uFEFFThư điện tử;Họ và tên;Vai trò\r\n"
        + "co.lan@truong.edu.vn;  Nguyễn   Thị Lan ;Giao vien, TÁC GIẢ\r\n"
        + "\r\n"
        + "doan@phuong.vn;Bí thư Đoàn;Ban tổ chức cuộc thi\r\n");
    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.rows()).hasSize(2);
    AccountCsv.Row lan = parsed.rows().get(0);
    assertThat(lan.displayName()).isEqualTo("Nguyễn Thị Lan");
    assertThat(lan.roles()).isEqualTo(EnumSet.of(Role.HOST, Role.AUTHOR));
    assertThat(parsed.rows().get(1).row()).as("blank lines still count").isEqualTo(4);
    assertThat(parsed.rows().get(1).roles()).containsExactly(Role.ORGANISER);
  }

  @Test
  void the_template_reads_without_a_problem() {
    AccountCsv.Parsed parsed = AccountCsv.parse(AccountCsv.TEMPLATE);
    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.rows()).extracting(AccountCsv.Row::email)
        .containsExactly("nguyen.van.an@truong.edu.vn", "tran.thi.binh@truong.edu.vn", "le.van.cuong@doanthanhnien.vn");
  }

  @Test
  void a_missing_column_is_named_on_the_header_row() {
    AccountCsv.Parsed parsed = AccountCsv.parse("email,ten\nco.lan@truong.edu.vn,Cô Lan\n");
    assertThat(parsed.problems()).extracting(AccountCsv.Problem::row).containsExactly(1);
    assertThat(parsed.problems().get(0).message()).contains("vai_tro");
  }

  @Test
  void a_file_with_only_the_header_is_refused() {
    assertThat(AccountCsv.parse("email,ho_ten,vai_tro\n").problems()).extracting(AccountCsv.Problem::message)
        .containsExactly("Tệp không có dòng tài khoản nào.");
  }
}
