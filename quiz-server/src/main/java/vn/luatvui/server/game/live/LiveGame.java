package vn.luatvui.server.game.live;

import java.util.Map;

/** What a live game is outside its room: its id, PIN, title and join address, and the cited laws' names. */
record LiveGame(long id, String pin, String title, String joinUrl, int questionCount, long hostId,
                Map<String, String> documentNames) {

  LiveGame {
    documentNames = Map.copyOf(documentNames);
  }

  /** The address players open to join (also shown as a QR code). */
  static String joinUrl(java.net.URI publicBaseUrl, String pin) {
    return publicBaseUrl.resolve("/play?pin=" + pin).toString();
  }

  /** What the host screen receives on connecting (and what creating the game answers). */
  Welcome welcome() {
    return new Welcome(id, pin, joinUrl, title, questionCount);
  }

  /** The game as the host sees it. */
  record Welcome(long gameId, String pin, String joinUrl, String title, int questionCount) {
  }
}
