package vn.luatvui.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.luatvui.server.auth.AccountRefused;
import vn.luatvui.server.bank.BankRefused;
import vn.luatvui.server.contest.domain.ContestRefused;
import vn.luatvui.server.course.domain.CourseRefused;
import vn.luatvui.server.json.BodyUnreadable;

/** Each named refusal reaches the client with the status and code the API has always given it. */
class ErrorMapperTest {
  private static final Map<ContestRefused.Reason, String> CONTEST = Map.ofEntries(
      Map.entry(ContestRefused.Reason.POOL_HAS_PUBLIC, "409 pool_has_public"),
      Map.entry(ContestRefused.Reason.SET_NOT_AVAILABLE, "403 set_not_available"),
      Map.entry(ContestRefused.Reason.DUPLICATE_REGISTRATION, "409 duplicate_registration"),
      Map.entry(ContestRefused.Reason.WRONG_CODE, "401 wrong_code"),
      Map.entry(ContestRefused.Reason.NOT_FOUND, "404 not_found"),
      Map.entry(ContestRefused.Reason.FORBIDDEN, "403 forbidden"),
      Map.entry(ContestRefused.Reason.INVALID, "422 invalid"),
      Map.entry(ContestRefused.Reason.NOT_PUBLISHED, "409 not_published"),
      Map.entry(ContestRefused.Reason.NO_PRACTICE, "409 no_practice"),
      Map.entry(ContestRefused.Reason.ROUND_NOT_OPEN, "409 round_not_open"),
      Map.entry(ContestRefused.Reason.ROUND_OPEN, "409 round_open"),
      Map.entry(ContestRefused.Reason.ROUND_STARTED, "409 round_started"),
      Map.entry(ContestRefused.Reason.ROUND_CLOSED, "409 round_closed"),
      Map.entry(ContestRefused.Reason.NO_ATTEMPTS_LEFT, "409 no_attempts_left"),
      Map.entry(ContestRefused.Reason.POOL_TOO_SMALL_TO_PUBLISH, "422 pool_too_small"),
      Map.entry(ContestRefused.Reason.POOL_TOO_SMALL_TO_DRAW, "409 pool_too_small"),
      Map.entry(ContestRefused.Reason.UNIT_IN_USE, "409 unit_in_use"),
      Map.entry(ContestRefused.Reason.SUBMITTED, "409 submitted"),
      Map.entry(ContestRefused.Reason.TIME_UP, "409 time_up"),
      Map.entry(ContestRefused.Reason.NOT_REGISTERED, "401 not_registered"));

  @Test
  void every_contest_refusal_keeps_its_status_code_and_message() {
    Map<ContestRefused.Reason, String> mapped = Arrays.stream(ContestRefused.Reason.values())
        .collect(Collectors.toMap(r -> r, r -> answer(new ContestRefused(r, "m"))));
    assertEquals(CONTEST, mapped);
    assertEquals("Đợt 2 chưa mở.",
        ErrorMapper.map(new ContestRefused(ContestRefused.Reason.ROUND_NOT_OPEN, "Đợt 2 chưa mở."), 0).getMessage());
  }

  @Test
  void course_refusals_keep_the_statuses_and_codes_the_course_screens_read() {
    assertEquals("404 not_found", answer(new CourseRefused(CourseRefused.Reason.NOT_FOUND, "m")));
    assertEquals("403 own_course", answer(new CourseRefused(CourseRefused.Reason.OWN_COURSE, "m")));
    assertEquals("401 not_learner", answer(new CourseRefused(CourseRefused.Reason.NOT_LEARNER, "m")));
    assertEquals("422 invalid", answer(new CourseRefused(CourseRefused.Reason.INVALID, "m")));
    assertEquals("409 lessons_first", answer(new CourseRefused(CourseRefused.Reason.LESSONS_FIRST, "m")));
    assertEquals("409 pool_too_small", answer(new CourseRefused(CourseRefused.Reason.POOL_TOO_SMALL, "m")));
  }

  @Test
  void bank_refusals_are_not_found_or_conflict() {
    assertEquals("404 not_found", answer(new BankRefused(BankRefused.Reason.NOT_FOUND, "m")));
    assertEquals("409 conflict", answer(new BankRefused(BankRefused.Reason.CONFLICT, "m")));
  }

  @Test
  void the_edge_checks_of_a_session_keep_their_statuses() {
    assertEquals("403 bad_origin", answer(new AccountRefused(AccountRefused.Reason.BAD_ORIGIN, "m")));
    assertEquals("403 csrf", answer(new AccountRefused(AccountRefused.Reason.CSRF, "m")));
    assertEquals("401 unauthenticated", answer(new AccountRefused(AccountRefused.Reason.UNAUTHENTICATED, "m")));
    assertEquals("403 forbidden", answer(new AccountRefused(AccountRefused.Reason.FORBIDDEN, "m")));
  }

  @Test
  void an_unreadable_body_is_a_bad_request_saying_where() {
    ApiException e = ErrorMapper.map(new BodyUnreadable("Nội dung JSON không hợp lệ ở trường title"), 0);
    assertEquals(400, e.status());
    assertEquals("bad_request", e.code());
    assertEquals("Nội dung JSON không hợp lệ ở trường title", e.getMessage());
  }

  private static String answer(RuntimeException refused) {
    ApiException e = ErrorMapper.map(refused, 0);
    assertEquals("m", e.getMessage());
    return e.status() + " " + e.code();
  }
}
