package vn.luatvui.server.auth;

/** Why an account operation was refused; the error mapper turns the reason into an HTTP status. */
public final class AccountRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public enum Reason {
    BAD_CREDENTIALS(401, "bad_credentials"),
    BAD_CODE(401, "bad_code"),
    WRONG_CODE(422, "bad_code"),
    WRONG_PASSWORD(422, "wrong_password"),
    RATE_LIMITED(429, "rate_limited"),
    WEAK_PASSWORD(422, "weak_password"),
    PASSWORD_CHANGE_REQUIRED(403, "password_change_required"),
    TWO_FACTOR_ENROLMENT_REQUIRED(403, "totp_enrolment_required"),
    CONFLICT(409, "conflict"),
    NOT_FOUND(404, "not_found"),
    /** A state-changing request from another site's page. */
    BAD_ORIGIN(403, "bad_origin"),
    /** A session request without its anti-forgery token. */
    CSRF(403, "csrf"),
    /** Nobody is signed in. */
    UNAUTHENTICATED(401, "unauthenticated"),
    /** The signed-in role may not do this. */
    FORBIDDEN(403, "forbidden");

    private final int status;
    private final String code;

    Reason(int status, String code) {
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

  private final Reason reason;

  public AccountRefused(Reason reason, String message) {
    super(message, null, false, false);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
