package vn.luatvui.server.game.live;

import vn.luatvui.server.game.room.AnswerPayload;

/**
 * Any frame a client may send (docs/protocol.md); which fields matter depends on {@code type}.
 * Unknown fields are refused when the frame is read.
 */
public record ClientFrame(String type, Integer v, String pin, String nickname, String token, Long gameId, Integer q,
                          AnswerPayload answer, Boolean shown, Boolean locked, Boolean allowed, Integer playerId,
                          Boolean ban) {
}
