package vn.luatvui.server.game.live;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.luatvui.bank.account.Role;
import vn.luatvui.server.auth.Authentication;
import vn.luatvui.server.auth.CurrentUser;
import vn.luatvui.server.bank.LegalDocumentStore;
import vn.luatvui.server.bank.QuestionSetRoutes;
import vn.luatvui.server.bank.QuestionView;
import vn.luatvui.server.bank.SetChecks;
import vn.luatvui.server.config.GameLimits;
import vn.luatvui.server.game.room.GameOptions;
import vn.luatvui.server.game.room.GameQuestion;
import vn.luatvui.server.game.room.GameSetup;
import vn.luatvui.server.game.room.ScoringMode;
import vn.luatvui.server.http.ApiException;
import vn.luatvui.server.json.Jsons;

/**
 * Creating a live game from a question set: only approved questions not flagged for review are
 * played, each at the version it has now; the game gets a PIN and a room. The host may name, for a
 * question that would not be played, an approved one to play in its place (the host screen offers one
 * citing the same article, see {@code SetChecks}).
 */
public final class GameRoutes {
  /** The host's choices. */
  public record CreateGame(long setId, ScoringMode scoring, Boolean lateJoinAllowed, Integer leadInSeconds,
                           Boolean leaderboardShown, Integer maxPlayers, List<Swap> replacements) {
  }

  /** Play {@code replacementId} where the set has {@code questionId}, which would not be played. */
  public record Swap(long questionId, long replacementId) {
  }

  private final QuestionSetRoutes sets;
  private final LegalDocumentStore documents;
  private final GameStore store;
  private final RoomHub hub;
  private final URI publicBaseUrl;
  private final GameLimits limits;

  public GameRoutes(QuestionSetRoutes sets, LegalDocumentStore documents, GameStore store, RoomHub hub,
                    URI publicBaseUrl, GameLimits limits) {
    this.limits = limits;
    this.sets = sets;
    this.documents = documents;
    this.store = store;
    this.hub = hub;
    this.publicBaseUrl = publicBaseUrl;
  }

  public void create(RoutingContext ctx) {
    CurrentUser host = Authentication.require(ctx, Role.HOST);
    CreateGame body = Jsons.body(ctx, CreateGame.class);
    GameOptions options = options(body);
    sets.view(host, body.setId(), false).compose(set -> questions(set, body.replacements()).compose(playable -> {
      if (playable.isEmpty()) {
        return Future.failedFuture(new ApiException(422, "invalid",
            "Bộ câu hỏi chưa có câu hỏi nào đã duyệt (và không cần rà soát) để chơi."));
      }
      List<String> cited = playable.stream().flatMap(q -> q.content().citedDocuments().stream()).distinct().toList();
      return documents.names(documents.pool(), cited).compose(names -> store
          .create(host.id(), body.setId(), set.set().title(), options, playable)
          .compose(created -> {
            String joinUrl = LiveGame.joinUrl(publicBaseUrl, created.pin());
            LiveGame game = new LiveGame(created.id(), created.pin(), set.set().title(), joinUrl, playable.size(),
                host.id(), names);
            GameSetup setup = GameSetup.of(Long.toString(created.id()), playable, options, created.id() * 7919L);
            return hub.open(game, setup).map(room -> game.welcome());
          }));
    })).onSuccess(welcome -> Jsons.send(ctx, 201, welcome)).onFailure(ctx::fail);
  }

  /** The set's playable questions in order, with the host's replacements in place of the others. */
  private Future<List<GameQuestion>> questions(QuestionSetRoutes.SetView set, List<Swap> swaps) {
    Map<Long, Long> instead = new HashMap<>();
    if (swaps != null) {
      swaps.forEach(s -> instead.put(s.questionId(), s.replacementId()));
    }
    List<Future<GameQuestion>> chosen = new ArrayList<>();
    for (QuestionSetRoutes.ItemView item : set.items()) {
      QuestionView q = item.question();
      if (SetChecks.playable(q)) {
        chosen.add(Future.succeededFuture(new GameQuestion(q.id(), q.version(), q.content(), item.timeLimitSeconds(),
            item.points())));
      } else if (instead.containsKey(item.questionId())) {
        long replacementId = instead.get(item.questionId());
        chosen.add(sets.checks().playableQuestion(replacementId).compose(r -> r == null
            ? Future.failedFuture(new ApiException(422, "invalid", "Câu hỏi số " + replacementId
                + " không chơi được (chưa duyệt hoặc đang cần rà soát); hãy chọn câu khác để thay câu số "
                + item.questionId() + "."))
            : Future.succeededFuture(new GameQuestion(r.id(), r.version(), r.content(), item.timeLimitSeconds(),
                item.points()))));
      }
    }
    return Future.all(chosen).map(all -> all.<GameQuestion>list());
  }

  private GameOptions options(CreateGame body) {
    int players = body.maxPlayers() == null ? limits.defaultRoomPlayers() : body.maxPlayers();
    if (players < 1 || players > limits.maxPlayers()) {
      throw new ApiException(422, "invalid", "Số người chơi tối đa phải từ 1 đến " + limits.maxPlayers() + ".");
    }
    GameOptions options = GameOptions.defaults().withMaxPlayers(players);
    if (body.scoring() != null) {
      options = options.withScoring(body.scoring());
    }
    if (body.lateJoinAllowed() != null) {
      options = options.withLateJoin(body.lateJoinAllowed());
    }
    if (body.leadInSeconds() != null) {
      options = options.withLeadIn(body.leadInSeconds());
    }
    if (body.leaderboardShown() != null) {
      options = options.withLeaderboard(body.leaderboardShown());
    }
    return options;
  }
}
