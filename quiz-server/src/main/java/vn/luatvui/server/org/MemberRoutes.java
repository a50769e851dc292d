package vn.luatvui.server.org;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import vn.luatvui.bank.question.Violation;
import vn.luatvui.bank.text.VietnameseText;
import vn.luatvui.server.auth.RateLimiter;
import vn.luatvui.server.bank.ValidationFailed;
import vn.luatvui.server.http.ApiException;
import vn.luatvui.server.http.ClientAddress;
import vn.luatvui.server.json.Jsons;

/**
 * Citizens and students without an account: open the invite link, give a name, join as a member and
 * get a personal member code to come back on another device. No session; a cookie holds the code.
 */
public final class MemberRoutes {
  /** A class joining from one school address fits; a script filling a unit with names does not. */
  static final int JOINS_PER_ADDRESS = 100;
  static final int WRONG_CODES_PER_ADDRESS = 20;
  static final int MAX_NAME = 100;
  private static final Duration HOUR = Duration.ofHours(1);
  private static final Duration QUARTER = Duration.ofMinutes(15);

  record JoinBody(String name) {
  }

  record CodeBody(String memberCode) {
  }

  private final PeopleStore people;
  private final OrgCodes codes;
  private final RateLimiter limiter;
  private final ClientAddress addresses;

  MemberRoutes(PeopleStore people, OrgCodes codes, RateLimiter limiter, ClientAddress addresses) {
    this.people = people;
    this.codes = codes;
    this.limiter = limiter;
    this.addresses = addresses;
  }

  /** What the invite link opens: the unit's name and kind, nothing about its people. */
  public void invite(RoutingContext ctx) {
    invited(ctx).onSuccess(unit -> Jsons.send(ctx, 200, Map.of("orgName", unit.orgName(), "kind", unit.kindLabel())))
        .onFailure(ctx::fail);
  }

  public void join(RoutingContext ctx) {
    JoinBody body = Jsons.body(ctx, JoinBody.class);
    String name = body.name() == null ? "" : VietnameseText.nfc(body.name()).strip().replaceAll("\\s+", " ");
    if (name.isEmpty() || name.codePointCount(0, name.length()) > MAX_NAME) {
      throw new ValidationFailed("Thông tin tham gia chưa hợp lệ.",
          List.of(new Violation("name", "Hãy nhập họ tên (tối đa " + MAX_NAME + " ký tự).")));
    }
    String address = addresses.of(ctx.request());
    limiter.allow("org-join", address, JOINS_PER_ADDRESS, HOUR).compose(ok -> ok ? invited(ctx) : Future.failedFuture(tooMany()))
        .compose(unit -> {
          String code = OrgCodes.newMemberCode();
          return people.join(unit.orgId(), name, OrgCodes.hash(code)).map(member -> {
            ctx.response().addCookie(codes.cookie(code));
            return Map.of("member", member, "memberCode", code);
          });
        })
        .onSuccess(reply -> Jsons.send(ctx, 201, reply)).onFailure(ctx::fail);
  }

  /** Coming back on another device with the member code. */
  public void signIn(RoutingContext ctx) {
    CodeBody body = Jsons.body(ctx, CodeBody.class);
    String address = addresses.of(ctx.request());
    limiter.guess(new RateLimiter.Limit("org-member-code", address, WRONG_CODES_PER_ADDRESS, QUARTER),
            () -> people.memberByCode(OrgCodes.hash(body.memberCode())), MemberRoutes::tooMany)
        .compose(member -> {
          if (member == null) {
            return Future.failedFuture(new ApiException(401, "wrong_code", "Mã thành viên không đúng."));
          }
          ctx.response().addCookie(codes.cookie(body.memberCode()));
          return Future.succeededFuture(member);
        })
        .onSuccess(member -> Jsons.send(ctx, 200, member)).onFailure(ctx::fail);
  }

  public void me(RoutingContext ctx) {
    Buffer hash = OrgCodes.presented(ctx);
    (hash == null ? Future.<PeopleStore.Member>succeededFuture(null) : people.memberByCode(hash))
        .onSuccess(member -> {
          if (member == null) {
            ctx.fail(new ApiException(401, "not_member", "Trình duyệt này chưa tham gia tổ chức nào."));
          } else {
            Jsons.send(ctx, 200, member);
          }
        }).onFailure(ctx::fail);
  }

  private Future<PeopleStore.Invited> invited(RoutingContext ctx) {
    return people.invited(OrgCodes.canonical(ctx.pathParam("code"))).map(unit -> {
      if (unit == null) {
        throw new ApiException(404, "unknown_invite", "Mã mời không đúng hoặc đã được thay; hãy hỏi người quản lý đơn vị.");
      }
      return unit;
    });
  }

  private static ApiException tooMany() {
    return new ApiException(429, "rate_limited", "Quá nhiều lượt tham gia từ địa chỉ này; hãy đợi một lát rồi thử lại.");
  }
}
