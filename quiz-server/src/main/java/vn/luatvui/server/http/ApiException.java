package vn.luatvui.server.http;

/**
 * A failure the client can act on: an HTTP status, a stable machine code and a message for people.
 * Domain errors are turned into this in one place, {@link ErrorMapper}.
 */
public class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final String code;

  public ApiException(int status, String code, String message) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }
}
