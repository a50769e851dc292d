package vn.luatvui.server.contest;

import io.vertx.core.Future;
import java.net.URI;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.luatvui.server.contest.domain.RegistrationForm;
import vn.luatvui.server.mail.Mail;
import vn.luatvui.server.mail.MailTemplate;

/**
 * Sends a contestant their access code at the email they registered with, when mail is on. The code card
 * is shown either way; a failure to queue the mail is logged and does not undo the registration.
 */
public final class CodeMail {
  private static final Logger LOG = LoggerFactory.getLogger(CodeMail.class);
  private final Mail mail;
  private final String base;

  public CodeMail(Mail mail, URI publicBaseUrl) {
    this.mail = mail;
    String url = publicBaseUrl.toString();
    this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /** True when the mail was queued. */
  Future<Boolean> queue(Contest contest, RegistrationForm form, String code) {
    if (form.email() == null || form.email().isBlank()) {
      return Future.succeededFuture(false);
    }
    return mail.send(MailTemplate.CONTEST_CODE, form.email(), Map.of("name", form.fullName(), "contest",
            contest.title(), "code", code, "link", base + "/contests/" + contest.id()))
        .recover(e -> {
          LOG.warn("Could not queue the access-code mail of contest {}", contest.id(), e);
          return Future.succeededFuture(false);
        });
  }
}
