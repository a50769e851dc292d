package vn.luatvui.server.org.domain;

/** An organisation rule said no (why, and the field at fault when there is one). */
public final class OrgRefused extends RuntimeException {
  /** How the refusal reads to a client. */
  public enum Reason { NOT_FOUND, FORBIDDEN, CONFLICT, INVALID }

  private final Reason reason;
  private final String field;

  private OrgRefused(Reason reason, String field, String message) {
    super(message, null, false, false);
    this.reason = reason;
    this.field = field;
  }

  public static OrgRefused notFound() {
    return new OrgRefused(Reason.NOT_FOUND, null, "Không có tổ chức này.");
  }

  public static OrgRefused forbidden(String message) {
    return new OrgRefused(Reason.FORBIDDEN, null, message);
  }

  public static OrgRefused conflict(String message) {
    return new OrgRefused(Reason.CONFLICT, null, message);
  }

  public static OrgRefused invalid(String field, String message) {
    return new OrgRefused(Reason.INVALID, field, message);
  }

  public Reason reason() {
    return reason;
  }

  public String field() {
    return field;
  }
}
