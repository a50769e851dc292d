package vn.luatvui.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Password guessing is limited atomically, per email however typed, and cannot lock a user out of their own browser. */
class SignInLimitsApiTest {
  @RegisterExtension
  static final AccountServer running = new AccountServer(Map.of());

  @BeforeAll
  static void accounts() {
    running.account("ban.gioi@truong.edu.vn", "HOST");
    running.account("co.mai@truong.edu.vn", "HOST");
    running.account("thay.hung@truong.edu.vn", "AUTHOR");
  }

  @Test
  void a_hundred_parallel_wrong_passwords_from_one_address_get_only_the_limit_worth_of_answers() throws Exception {
    List<Integer> statuses = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(25);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        answers.add(pool.submit(() -> running.browser("198.51.100.10").login("ban.gioi@truong.edu.vn", "doan-sai-" + 7)
            .statusCode()));
      }
      for (Future<Integer> answer : answers) {
        statuses.add(answer.get());
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(statuses.stream().filter(s -> s == 401)).hasSize(SignInLimits.PER_ADDRESS_AND_EMAIL);
    assertThat(statuses.stream().filter(s -> s == 429)).hasSize(100 - SignInLimits.PER_ADDRESS_AND_EMAIL);
  }

  @Test
  void spaces_case_and_unicode_forms_of_an_email_share_one_budget() {
    Browser guesser = running.browser("198.51.100.20");
    String[] spellings = {"co.mai@truong.edu.vn", "  co.mai@truong.edu.vn", "CO.MAI@TRUONG.EDU.VN", "Co.Mai@truong.edu.vn  ",
        "\tco.mai@Truong.edu.vn"};
    for (int i = 0; i < SignInLimits.PER_ADDRESS_AND_EMAIL; i++) {
      assertThat(guesser.login(spellings[i % spellings.length], "doan-sai-mat-khau").statusCode()).isEqualTo(401);
    }
    for (String spelling : spellings) {
      assertThat(guesser.login(spelling, "doan-sai-mat-khau").statusCode()).as(spelling).isEqualTo(429);
    }
    assertThat(guesser.login("  CO.MAI@truong.edu.vn ", AccountServer.PASSWORD).statusCode())
        .as("the right password is limited too while the budget is spent").isEqualTo(429);
  }

  @Test
  void the_owner_still_signs_in_from_their_own_browser_while_the_account_is_guessed_from_everywhere() {
    Browser owner = running.browser("203.0.113.5").signedIn("thay.hung@truong.edu.vn", AccountServer.PASSWORD);
    assertThat(owner.cookie(DeviceCookies.COOKIE)).isNotBlank();

    // Guesses from many addresses, each under its own address limit, until the account's budget is spent.
    int refused = 0;
    for (int i = 0; i < SignInLimits.PER_ACCOUNT + 5; i++) {
      int status = running.browser("198.18.0." + (i / 5 + 1)).login("thay.hung@truong.edu.vn", "doan-" + i).statusCode();
      refused += status == 429 ? 1 : 0;
    }
    assertThat(refused).isEqualTo(5);
    assertThat(running.browser("198.18.99.1").login("thay.hung@truong.edu.vn", AccountServer.PASSWORD).statusCode())
        .as("a browser the account never used is held back while the account is under attack").isEqualTo(429);

    // Behind the attacker's very own address, the owner's browser holding the device cookie gets in.
    HttpResponse<String> own = owner.from("198.18.0.1").login("thay.hung@truong.edu.vn", AccountServer.PASSWORD);
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(new JsonObject(own.body()).getString("email")).isEqualTo("thay.hung@truong.edu.vn");
  }

  @Test
  void a_sign_in_ends_the_session_the_browser_presented() {
    Browser shared = running.browser("198.51.100.30").signedIn("co.mai@truong.edu.vn", AccountServer.PASSWORD);
    String first = shared.cookie("lv_session");
    Browser thief = running.browser("198.51.100.31");

    shared.signedIn("ban.gioi@truong.edu.vn", AccountServer.PASSWORD);

    assertThat(shared.cookie("lv_session")).isNotEqualTo(first);
    assertThat(new JsonObject(shared.get("/api/auth/me").body()).getString("email")).isEqualTo("ban.gioi@truong.edu.vn");
    assertThat(thief.withSession(first).get("/api/auth/me").statusCode()).isEqualTo(401);
  }
}
