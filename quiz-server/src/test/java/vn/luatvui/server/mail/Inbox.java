package vn.luatvui.server.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.util.List;

/** A real SMTP server on loopback for a test (GreenMail), and the plain text of what it received. */
final class Inbox implements AutoCloseable {
  private final GreenMail server;

  Inbox(int port) {
    server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
  }

  List<MimeMessage> await(int count) {
    server.waitForIncomingEmail(15_000, count);
    return List.of(server.getReceivedMessages());
  }

  List<MimeMessage> received() {
    return List.of(server.getReceivedMessages());
  }

  /** The text/plain part of a message, decoded. */
  static String text(MimeMessage message) {
    try {
      Object content = message.getContent();
      if (content instanceof String s) {
        return s;
      }
      Multipart parts = (Multipart) content;
      return plain(parts);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String plain(Multipart parts) throws Exception {
    for (int i = 0; i < parts.getCount(); i++) {
      BodyPart part = parts.getBodyPart(i);
      if (part.isMimeType("text/plain")) {
        return (String) part.getContent();
      }
      if (part.getContent() instanceof Multipart inner) {
        String found = plain(inner);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  @Override
  public void close() {
    server.stop();
  }
}
