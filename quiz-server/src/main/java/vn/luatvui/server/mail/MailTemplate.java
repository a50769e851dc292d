package vn.luatvui.server.mail;

import java.util.List;
import java.util.Map;

/**
 * What the server writes to people, in Vietnamese, as plain text and simple HTML. Each template names the
 * variables it needs; a message missing one is refused when it is queued, not when it is sent.
 */
public enum MailTemplate {
  /** An account made by an admin: the link to choose a password (vars: name, link, expires). */
  INVITATION(List.of("name", "link", "expires"),
      "Mời bạn đặt mật khẩu tài khoản LuậtVui",
      "Xin chào {name},\n\nQuản trị viên đã tạo cho bạn một tài khoản LuậtVui. Hãy mở liên kết dưới đây để tự đặt "
          + "mật khẩu (dùng được một lần, đến {expires}):\n\n{link}\n\nNếu bạn không chờ thư này, hãy bỏ qua nó.\n"),
  /** A contestant's access code (vars: name, contest, code, link). */
  CONTEST_CODE(List.of("name", "contest", "code", "link"),
      "Mã dự thi của bạn: {contest}",
      "Xin chào {name},\n\nBạn đã đăng ký cuộc thi \"{contest}\". Mã dự thi của bạn là:\n\n{code}\n\nHãy giữ mã "
          + "này: với nó bạn vào thi lại trên máy khác, xem kết quả, tải về hoặc xoá dữ liệu của mình. Trang cuộc "
          + "thi: {link}\n"),
  /** A reminder, e.g. a course to finish (vars: name, subject, message, link). */
  REMINDER(List.of("name", "subject", "message", "link"),
      "{subject}",
      "Xin chào {name},\n\n{message}\n\n{link}\n");

  /** A message ready to send. */
  public record Rendered(String subject, String text, String html) {
  }

  private final List<String> variables;
  private final String subject;
  private final String body;

  MailTemplate(List<String> variables, String subject, String body) {
    this.variables = variables;
    this.subject = subject;
    this.body = body;
  }

  public List<String> variables() {
    return variables;
  }

  /** The names of the required variables missing from {@code vars}. */
  public List<String> missing(Map<String, String> vars) {
    return variables.stream().filter(v -> vars.get(v) == null || vars.get(v).isBlank()).toList();
  }

  public Rendered render(Map<String, String> vars) {
    String text = fill(body, vars, false);
    StringBuilder html = new StringBuilder("<!doctype html><html lang=\"vi\"><body style=\"font-family:sans-serif;"
        + "line-height:1.5\">");
    for (String paragraph : fill(body, vars, true).split("\n\n")) {
      html.append("<p>").append(paragraph.strip().replace("\n", "<br>")).append("</p>");
    }
    html.append("<p style=\"color:#666\">LuậtVui — học pháp luật mà vui</p></body></html>");
    return new Rendered(fill(subject, vars, false).replaceAll("[\\r\\n]+", " ").strip(), text, html.toString());
  }

  private static String fill(String template, Map<String, String> vars, boolean asHtml) {
    String out = asHtml ? escape(template) : template;
    for (Map.Entry<String, String> e : vars.entrySet()) {
      String value = e.getValue() == null ? "" : e.getValue();
      String shown = asHtml ? (isLink(value) ? "<a href=\"" + escape(value) + "\">" + escape(value) + "</a>"
          : escape(value)) : value;
      out = out.replace("{" + e.getKey() + "}", shown);
    }
    return out;
  }

  private static boolean isLink(String value) {
    return value.startsWith("https://") || value.startsWith("http://");
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
