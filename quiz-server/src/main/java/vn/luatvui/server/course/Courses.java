package vn.luatvui.server.course;

import io.vertx.sqlclient.Pool;
import java.net.URI;
import java.time.Clock;
import vn.luatvui.server.contest.ContestPeople;
import vn.luatvui.server.contest.EmbeddedTests;
import vn.luatvui.server.contest.QuestionSource;
import vn.luatvui.server.org.MemberIdentity;

/** The training capability, built once: its stores, services and routes. */
public final class Courses {
  private final CourseRoutes routes;

  public Courses(Pool pool, EmbeddedTests tests, URI publicBaseUrl) {
    CourseStore store = new CourseStore(pool);
    QuestionSource questions = new QuestionSource(pool);
    Certificates certificates = new Certificates(pool, publicBaseUrl);
    this.routes = new CourseRoutes(new CourseService(store, questions, tests), store,
        new Learning(store, questions, tests, new MemberIdentity(pool), certificates, Clock.systemUTC()), certificates,
        new Completion(pool), new ContestPeople(pool));
  }

  public CourseRoutes routes() {
    return routes;
  }
}
