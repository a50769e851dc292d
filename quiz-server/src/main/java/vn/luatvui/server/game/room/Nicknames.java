package vn.luatvui.server.game.room;

import java.util.Optional;
import vn.luatvui.bank.text.VietnameseText;

/**
 * The rules for a player's nickname (biệt danh): in NFC, without control or invisible characters,
 * white space trimmed and collapsed; 1–20 characters with at least one letter or digit; not on the
 * {@link Blocklist}. Two nicknames are the same when their folds are: "Đức" and "duc" clash.
 */
public final class Nicknames {
  public static final int MAX_LENGTH = 20;

  private Nicknames() {
  }

  /** The nickname as it will be shown: NFC, invisible characters dropped, spaces trimmed and collapsed. */
  public static String normalize(String raw) {
    if (raw == null) {
      return "";
    }
    String visible = VietnameseText.nfc(raw).replaceAll("[\\p{Cf}\\p{Co}\\p{Cn}]", "");
    return visible.replaceAll("[\\p{Cc}\\s\\u00A0\\u2007\\u202F]+", " ").strip();
  }

  /** Why a normalised nickname is not allowed, or empty when it is (uniqueness is the room's to check). */
  public static Optional<Rejection> check(String nickname) {
    if (nickname == null || nickname.isEmpty()) {
      return Optional.of(Rejection.NICKNAME_EMPTY);
    }
    if (nickname.codePointCount(0, nickname.length()) > MAX_LENGTH) {
      return Optional.of(Rejection.NICKNAME_TOO_LONG);
    }
    if (nickname.codePoints().noneMatch(Character::isLetterOrDigit)) {
      return Optional.of(Rejection.NICKNAME_INVALID);
    }
    if (Blocklist.blocks(nickname)) {
      return Optional.of(Rejection.NICKNAME_BLOCKED);
    }
    return Optional.empty();
  }

  /** What makes two nicknames the same: the fold. */
  public static String key(String nickname) {
    return VietnameseText.fold(nickname);
  }
}
