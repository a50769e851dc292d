package vn.luatvui.server.mail;

import io.vertx.core.Future;

/** Hands one message to the mail system; a failed future means it was not accepted. */
public interface MailSender {
  Future<Void> send(String to, MailTemplate.Rendered message);
}
