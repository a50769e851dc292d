package vn.luatvui.server.judging;

import java.util.ArrayList;
import java.util.List;
import vn.luatvui.bank.question.QuestionType;

/**
 * The order in which one question's choices are shown (xáo trộn phương án): {@code order.get(shown)}
 * is the choice's index in the bank. Answers arrive in shown positions and are translated to bank
 * indices before they are judged; the reveal translates the correct answer back.
 *
 * <p>The bank stores ORDERING items in their correct order, and most single-choice questions list
 * the correct choice first, so those are always shown shuffled (an ORDERING question never in its
 * correct order). True/false keeps Đúng, Sai; polls keep the author's order.
 */
public record Shuffle(List<Integer> order) {
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  public Shuffle {
    order = List.copyOf(order);
    boolean[] seen = new boolean[order.size()];
    for (int bank : order) {
      if (bank < 0 || bank >= seen.length || seen[bank]) {
        throw new IllegalArgumentException("Not a permutation: " + order);
      }
      seen[bank] = true;
    }
  }

  public static Shuffle identity(int size) {
    List<Integer> order = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      order.add(i);
    }
    return new Shuffle(order);
  }

  /**
   * The shuffle of question {@code index} (of this type, with {@code choiceCount} choices) of a game, the
   * same every time for the same seed.
   */
  public static Shuffle forQuestion(QuestionType type, int choiceCount, int index, long seed) {
    return of(type, choiceCount, mix(seed + GOLDEN * (index + 1)));
  }

  /**
   * The shuffle of a question of this type with {@code choiceCount} choices, the same every time for
   * the same seed: single and multiple choice in a random order, ORDERING in a random order that is
   * never the correct one, the others as the bank has them.
   */
  public static Shuffle of(QuestionType type, int choiceCount, long seed) {
    return switch (type) {
      case SINGLE_CHOICE, MULTIPLE_SELECT -> random(choiceCount, seed, false);
      case ORDERING -> random(choiceCount, seed, true);
      case TRUE_FALSE, POLL, TYPE_ANSWER -> identity(choiceCount);
    };
  }

  private static Shuffle random(int n, long seed, boolean neverInOrder) {
    long state = seed;
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      state += GOLDEN;
      int j = (int) Long.remainderUnsigned(mix(state), i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
    List<Integer> order = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      order.add(a[i]);
    }
    Shuffle shuffle = new Shuffle(order);
    if (neverInOrder && n > 1 && shuffle.inOrder()) {
      order.add(order.remove(0));
      shuffle = new Shuffle(order);
    }
    return shuffle;
  }

  /** SplitMix64's finaliser: nearby seeds give unrelated values. Written out so every JVM shuffles alike. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  public int toBank(int shown) {
    return order.get(shown);
  }

  public int toShown(int bank) {
    return order.indexOf(bank);
  }

  public int size() {
    return order.size();
  }

  /** Whether the choices are shown in bank order. */
  public boolean inOrder() {
    for (int i = 0; i < order.size(); i++) {
      if (order.get(i) != i) {
        return false;
      }
    }
    return true;
  }
}
