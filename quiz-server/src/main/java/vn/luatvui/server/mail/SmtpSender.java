package vn.luatvui.server.mail;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.ext.mail.LoginOption;
import io.vertx.ext.mail.MailClient;
import io.vertx.ext.mail.MailConfig;
import io.vertx.ext.mail.MailMessage;
import io.vertx.ext.mail.StartTLSOptions;
import vn.luatvui.server.config.SmtpSettings;

/** Sends over SMTP with the Vert.x mail client, as SMTP_* configures it. */
public final class SmtpSender implements MailSender {
  private final MailClient client;
  private final String from;

  public SmtpSender(Vertx vertx, SmtpSettings settings) {
    MailConfig config = new MailConfig()
        .setHostname(settings.host().orElseThrow())
        .setPort(settings.port())
        .setSsl(settings.tls() == SmtpSettings.Tls.TLS)
        .setStarttls(settings.tls() == SmtpSettings.Tls.STARTTLS ? StartTLSOptions.REQUIRED : StartTLSOptions.DISABLED)
        .setLogin(settings.username().isPresent() ? LoginOption.REQUIRED : LoginOption.DISABLED)
        .setKeepAlive(true)
        .setMaxPoolSize(4);
    settings.username().ifPresent(config::setUsername);
    settings.password().ifPresent(config::setPassword);
    this.client = MailClient.create(vertx, config);
    this.from = settings.from();
  }

  @Override
  public Future<Void> send(String to, MailTemplate.Rendered message) {
    MailMessage mail = new MailMessage()
        .setFrom(from)
        .setTo(to)
        .setSubject(message.subject())
        .setText(message.text())
        .setHtml(message.html());
    return client.sendMail(mail).mapEmpty();
  }
}
