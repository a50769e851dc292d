package vn.luatvui.server.bank;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import vn.luatvui.bank.question.Choice;
import vn.luatvui.bank.question.Citation;
import vn.luatvui.bank.question.QuestionContent;
import vn.luatvui.bank.text.VietnameseText;

/**
 * What search sees of a question (all its words folded: "Điều 9" is stored as "dieu 9"), and the
 * fingerprint that finds duplicates (same folded text and answers).
 */
final class SearchText {
  private SearchText() {
  }

  static String of(QuestionContent content, Map<String, String> documentNames) {
    List<String> parts = new ArrayList<>();
    parts.add(content.text());
    content.choices().forEach(c -> parts.add(c.text()));
    parts.addAll(content.accepted());
    parts.add(content.explanation());
    parts.addAll(content.tags());
    for (Citation c : content.citations()) {
      parts.add(c.reference() + " " + c.document() + " " + documentNames.getOrDefault(c.document(), ""));
    }
    StringBuilder sb = new StringBuilder();
    for (String part : parts) {
      if (part != null) {
        sb.append(VietnameseText.fold(part)).append(" | ");
      }
    }
    return sb.toString();
  }

  static String fingerprint(QuestionContent content) {
    StringBuilder sb = new StringBuilder(content.type().name()).append('\n').append(VietnameseText.fold(content.text()));
    for (Choice c : content.choices()) {
      sb.append('\n').append(c.correct() ? '+' : '-').append(VietnameseText.fold(c.text()));
    }
    content.accepted().forEach(a -> sb.append("\n=").append(VietnameseText.fold(a)));
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
