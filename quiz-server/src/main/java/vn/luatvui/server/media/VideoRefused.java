package vn.luatvui.server.media;

/** An upload that is not a lesson video this server keeps; the message (Vietnamese) says why. */
public final class VideoRefused extends RuntimeException {
  /** Why: not an MP4 or WebM by its bytes, empty, over the size cap, or too many uploads at once. */
  public enum Reason {
    NOT_VIDEO, EMPTY, TOO_LARGE, BUSY
  }

  private final Reason reason;

  public VideoRefused(Reason reason, String message) {
    super(message, null, false, false);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
