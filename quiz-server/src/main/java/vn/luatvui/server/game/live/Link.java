package vn.luatvui.server.game.live;

/**
 * A screen connected to a room: a WebSocket on this server ({@link LocalLink}) or one held by another
 * server and relayed through Redis ({@link RemoteLink}). The room writes to both the same way.
 */
sealed interface Link permits LocalLink, RemoteLink {

  /** Sends one frame, after every frame sent to this screen before it. */
  void send(String frame);

  /** Closes the connection with a WebSocket close code and a reason. */
  void close(int code, String reason);
}
