package vn.luatvui.server.contest;

import io.lettuce.core.ScriptOutputType;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import vn.luatvui.server.infra.RedisKeys;
import vn.luatvui.server.infra.RedisScript;
import vn.luatvui.server.metrics.Meters;
import vn.luatvui.server.json.Jsons;
import vn.luatvui.server.infra.RedisLink;

/**
 * The contest leaderboards in Redis: one per round and one for the whole contest. Each board is a
 * sorted set ordered ascending (best first) plus two hashes: contestant → member and member → the
 * row shown on screen, so that the top, one contestant's rank and their neighbours come back in a
 * single script call. Members are {@code <submission time, 13 digits>:<contestant id>}, so equal
 * scores fall back to the earlier submission, as the ranking rules say.
 *
 * <p>While a round is open a member's score is {@link vn.luatvui.server.contest.domain.LiveScore}
 * (score, then duration); once the round is closed it is the final rank from PostgreSQL, which is
 * the source of truth: {@link BoardRebuild} rewrites any board from it.
 */
public final class ContestBoards {
  /** Replaces a contestant's entry: ARGV = contestant, member, score, row. */
  private static final String PUT = """
      local old = redis.call('HGET', KEYS[2], ARGV[1])
      if old then
        redis.call('ZREM', KEYS[1], old)
        redis.call('HDEL', KEYS[3], old)
      end
      redis.call('ZADD', KEYS[1], ARGV[3], ARGV[2])
      redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
      redis.call('HSET', KEYS[3], ARGV[2], ARGV[4])
      return {1}
      """;
  /** Moves each rebuilt key (KEYS[i]) over the live one (KEYS[i + n/2]); an empty rebuild empties the board. */
  private static final String SWAP = """
      local n = #KEYS / 2
      for i = 1, n do
        if redis.call('EXISTS', KEYS[i]) == 1 then
          redis.call('RENAME', KEYS[i], KEYS[i + n])
        else
          redis.call('DEL', KEYS[i + n])
        end
      end
      return {n}
      """;

  /** The top ARGV[1] rows, then (for contestant ARGV[2]) their 0-based rank and ARGV[3] rows either side. */
  private static final String VIEW = """
      local total = redis.call('ZCARD', KEYS[1])
      local top = {}
      if tonumber(ARGV[1]) > 0 then top = redis.call('ZRANGE', KEYS[1], 0, tonumber(ARGV[1]) - 1) end
      local result = {total, -1, 0, #top}
      for _, m in ipairs(top) do result[#result + 1] = redis.call('HGET', KEYS[3], m) or '' end
      if ARGV[2] ~= '' then
        local m = redis.call('HGET', KEYS[2], ARGV[2])
        if m then
          local rank = redis.call('ZRANK', KEYS[1], m)
          if rank then
            local from = math.max(0, rank - tonumber(ARGV[3]))
            local around = redis.call('ZRANGE', KEYS[1], from, rank + tonumber(ARGV[3]))
            result[2] = rank
            result[3] = from
            for _, n in ipairs(around) do result[#result + 1] = redis.call('HGET', KEYS[3], n) or '' end
          end
        end
      end
      return result
      """;
  private static final RedisScript PUT_SCRIPT = new RedisScript(PUT, ScriptOutputType.MULTI);
  private static final RedisScript SWAP_SCRIPT = new RedisScript(SWAP, ScriptOutputType.MULTI);
  private static final RedisScript VIEW_SCRIPT = new RedisScript(VIEW, ScriptOutputType.MULTI);

  /** A row as shown: rank comes from the board. */
  public record Row(long contestantId, String fullName, String unit, int score, long durationMs, Long prediction,
                    Long distance, long submittedAtMs) {
    String member() {
      return String.format("%013d:%d", submittedAtMs, contestantId);
    }
  }

  /** A row at its 1-based rank. */
  public record Placed(long rank, Row row) {
  }

  /** The top of a board and, when asked for and present, one contestant's rank with the rows around it. */
  public record View(long total, List<Placed> top, Long rank, List<Placed> around) {
  }

  private final Vertx vertx;
  private final RedisLink redis;
  private final RedisKeys keys;
  private final Meters meters;

  public ContestBoards(Vertx vertx, RedisLink redis, RedisKeys keys, Meters meters) {
    this.vertx = vertx;
    this.redis = redis;
    this.keys = keys;
    this.meters = meters;
  }

  /** The board's three keys: sorted set, contestant → member, member → row. {@code round} null = whole contest. */
  public List<String> keys(long contestId, Integer round) {
    String base = keys.grouped("contest:" + contestId + ":board:" + (round == null ? "all" : round.toString()));
    return List.of(base, base + ":who", base + ":rows");
  }

  public Future<Void> put(long contestId, Integer round, Row row, double score) {
    return script(PUT_SCRIPT, keys(contestId, round), Long.toString(row.contestantId()), row.member(), Double.toString(score),
        Jsons.write(row)).mapEmpty();
  }

  /** The keys a rebuild writes before it swaps them in. */
  public List<String> rebuildKeys(long contestId, Integer round) {
    return keys(contestId, round).stream().map(k -> k + ":rebuild").toList();
  }

  /** Whether the board has anything in Redis. */
  public Future<Boolean> exists(long contestId, Integer round) {
    return Future.fromCompletionStage(redis.async().exists(keys(contestId, round).get(0)), vertx.getOrCreateContext())
        .map(n -> n > 0);
  }

  public Future<Void> clear(List<String> keyList) {
    return Future.fromCompletionStage(redis.async().del(keyList.toArray(String[]::new)), vertx.getOrCreateContext())
        .mapEmpty();
  }

  /** Writes rows with their scores into the (rebuild) keys, pipelined in a few commands. */
  public Future<Void> write(List<String> keyList, List<Row> rows, List<Double> scores) {
    if (rows.isEmpty()) {
      return Future.succeededFuture();
    }
    var commands = redis.async();
    var context = vertx.getOrCreateContext();
    Object[] scored = new Object[rows.size() * 2];
    Map<String, String> who = new HashMap<>(rows.size() * 2);
    Map<String, String> shown = new HashMap<>(rows.size() * 2);
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      String member = row.member();
      scored[2 * i] = scores.get(i);
      scored[2 * i + 1] = member;
      who.put(Long.toString(row.contestantId()), member);
      shown.put(member, Jsons.write(row));
    }
    return Future.all(
            Future.fromCompletionStage(commands.zadd(keyList.get(0), scored), context),
            Future.fromCompletionStage(commands.hset(keyList.get(1), who), context),
            Future.fromCompletionStage(commands.hset(keyList.get(2), shown), context))
        .mapEmpty();
  }

  /** Puts the rebuilt board in place of the live one in one step. */
  public Future<Void> swap(long contestId, Integer round) {
    List<String> all = new ArrayList<>(rebuildKeys(contestId, round));
    all.addAll(keys(contestId, round));
    return script(SWAP_SCRIPT, all).mapEmpty();
  }

  public Future<View> view(long contestId, Integer round, int top, Long contestantId, int neighbours) {
    long started = System.nanoTime();
    return script(VIEW_SCRIPT, keys(contestId, round), Integer.toString(top), contestantId == null ? "" : contestantId.toString(),
        Integer.toString(neighbours)).map(ContestBoards::parse)
        .onSuccess(v -> meters.leaderboardRead().record(System.nanoTime() - started, TimeUnit.NANOSECONDS));
  }

  private static View parse(List<Object> reply) {
    long total = (Long) reply.get(0);
    long rank = (Long) reply.get(1);
    long from = (Long) reply.get(2);
    int topCount = ((Long) reply.get(3)).intValue();
    List<Placed> top = new ArrayList<>(topCount);
    for (int i = 0; i < topCount; i++) {
      top.add(new Placed(i + 1, Jsons.read((String) reply.get(4 + i), Row.class)));
    }
    List<Placed> around = new ArrayList<>();
    for (int i = 4 + topCount; i < reply.size(); i++) {
      around.add(new Placed(from + 1 + (i - 4 - topCount), Jsons.read((String) reply.get(i), Row.class)));
    }
    return new View(total, top, rank < 0 ? null : rank + 1, around);
  }

  private Future<List<Object>> script(RedisScript script, List<String> keyList, String... args) {
    return script.run(vertx, redis, keyList.toArray(String[]::new), args);
  }
}
