package vn.luatvui.server.http;

import vn.luatvui.server.auth.AuthRoutes;
import vn.luatvui.server.auth.Authentication;
import vn.luatvui.server.bank.ImportRoutes;
import vn.luatvui.server.bank.QuestionRoutes;
import vn.luatvui.server.bank.QuestionSetRoutes;
import vn.luatvui.server.bank.RegistryRoutes;
import vn.luatvui.server.contest.ContestRoutes;
import vn.luatvui.server.course.CourseRoutes;
import vn.luatvui.server.contest.ContestantRoutes;
import vn.luatvui.server.contest.StandingsRoutes;
import vn.luatvui.server.game.live.GameRoutes;
import vn.luatvui.server.game.live.GameSockets;
import vn.luatvui.server.game.live.ReportRoutes;
import vn.luatvui.server.org.MemberRoutes;
import vn.luatvui.server.org.OrgRoutes;
import vn.luatvui.server.law.LawRoutes;
import vn.luatvui.server.media.MediaRoutes;
import vn.luatvui.server.reach.ReachRoutes;

/** Everything the REST API's operations are bound to. */
public record ApiHandlers(Authentication authentication, AuthRoutes auth, RegistryRoutes registry,
                          QuestionRoutes questions, QuestionSetRoutes sets, ImportRoutes transfers,
                          GameRoutes games, GameSockets gameSockets, ReportRoutes reports, ContestRoutes contests,
                          ContestantRoutes contestants, StandingsRoutes standings,
                          OrgRoutes orgs, MemberRoutes orgMembers, LawRoutes laws,
                          PublicReads publicReads, CourseRoutes courses, MediaRoutes media, ReachRoutes reach) {
}
