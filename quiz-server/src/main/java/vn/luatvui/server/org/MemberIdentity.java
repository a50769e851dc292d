package vn.luatvui.server.org;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;

/** Who the member code this browser holds names, for the other areas that serve members (courses). */
public final class MemberIdentity {
  /** A member who joined a unit with its invite code. */
  public record Member(long id, long orgId, String orgName, String name) {
  }

  private final PeopleStore people;

  public MemberIdentity(Pool pool) {
    this.people = new PeopleStore(pool);
  }

  /** The member, or null when the browser holds no member code or a code no longer known. */
  public Future<Member> of(RoutingContext ctx) {
    Buffer hash = OrgCodes.presented(ctx);
    return hash == null ? Future.succeededFuture(null) : people.memberByCode(hash)
        .map(m -> m == null ? null : new Member(m.id(), m.orgId(), m.orgName(), m.name()));
  }
}
