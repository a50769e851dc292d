package vn.luatvui.server.contest.domain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Fills the quotas of a pool (phân bổ hạn mức) from candidates already in random order.
 *
 * <p>Quotas are filled in order, each taking the first free matching candidates. When a quota finds
 * none free, a candidate an earlier quota took may move to it if that quota can take another one
 * instead (an augmenting path, as in bipartite matching). So the quotas are met whenever any choice
 * of questions can meet them, whatever the order, and a failure does not depend on the seed.
 */
final class QuotaFill {
  private final List<Candidate> candidates;
  private final List<Quota> quotas;
  /** Per candidate: the quota it fills, or -1. */
  private final int[] owner;
  private final List<Integer> taken = new ArrayList<>();

  /** The outcome: candidate indices taken (quota order), or the first quota that cannot be met. */
  record Result(List<Integer> taken, int failedQuota, int filled) {
    boolean met() {
      return failedQuota < 0;
    }
  }

  private QuotaFill(List<Candidate> candidates, List<Quota> quotas) {
    this.candidates = candidates;
    this.quotas = quotas;
    this.owner = new int[candidates.size()];
    Arrays.fill(owner, -1);
  }

  static Result fill(List<Candidate> candidates, List<Quota> quotas) {
    return new QuotaFill(candidates, quotas).run();
  }

  private Result run() {
    for (int q = 0; q < quotas.size(); q++) {
      for (int k = 0; k < quotas.get(q).count(); k++) {
        if (!augment(q)) {
          return new Result(List.copyOf(taken), q, k);
        }
      }
    }
    return new Result(List.copyOf(taken), -1, 0);
  }

  /** Gives quota {@code start} one more candidate, moving earlier picks along a path if needed. */
  private boolean augment(int start) {
    int[] from = new int[quotas.size()];
    int[] via = new int[quotas.size()];
    boolean[] seen = new boolean[quotas.size()];
    Deque<Integer> queue = new ArrayDeque<>();
    queue.add(start);
    seen[start] = true;
    while (!queue.isEmpty()) {
      int x = queue.poll();
      int free = firstFree(quotas.get(x));
      if (free >= 0) {
        owner[free] = x;
        taken.add(free);
        while (x != start) {
          owner[via[x]] = from[x];
          x = from[x];
        }
        return true;
      }
      for (int c = 0; c < candidates.size(); c++) {
        int y = owner[c];
        if (y >= 0 && !seen[y] && quotas.get(x).matches(candidates.get(c))) {
          seen[y] = true;
          from[y] = x;
          via[y] = c;
          queue.add(y);
        }
      }
    }
    return false;
  }

  private int firstFree(Quota quota) {
    for (int c = 0; c < candidates.size(); c++) {
      if (owner[c] < 0 && quota.matches(candidates.get(c))) {
        return c;
      }
    }
    return -1;
  }
}
