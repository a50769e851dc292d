package vn.luatvui.server.game.room;

/** One line of a scoreboard or the podium. */
public record ScoreLine(int rank, int playerId, String nickname, int score) {
}
