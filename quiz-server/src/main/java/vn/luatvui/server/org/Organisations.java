package vn.luatvui.server.org;

import io.vertx.sqlclient.Pool;
import java.net.URI;
import vn.luatvui.server.auth.RateLimiter;
import vn.luatvui.server.auth.UserStore;
import vn.luatvui.server.http.ClientAddress;

/** The organisations area, built once: its stores and the routes of managers and members. */
public final class Organisations {
  private final OrgRoutes managers;
  private final MemberRoutes members;

  public Organisations(Pool pool, UserStore users, RateLimiter limiter, ClientAddress addresses, URI publicBaseUrl) {
    PeopleStore people = new PeopleStore(pool);
    this.managers = new OrgRoutes(new OrgService(pool, new OrgStore()), people, users);
    this.members = new MemberRoutes(people, new OrgCodes(publicBaseUrl), limiter, addresses);
  }

  public OrgRoutes managers() {
    return managers;
  }

  public MemberRoutes members() {
    return members;
  }
}
