package vn.luatvui.server.contest.domain;

/** The question pool cannot supply an attempt (kho câu hỏi không đủ); the message says which quota. */
public final class PoolTooSmall extends RuntimeException {
  public PoolTooSmall(String message) {
    super(message);
  }
}
