package vn.luatvui.server.game.room;

/**
 * Why the room refused a command: a stable code (the constant's name) and a message for the person
 * who sent it, in Vietnamese. A refused command changes nothing.
 */
public enum Rejection {
  NICKNAME_EMPTY("Hãy nhập biệt danh."),
  NICKNAME_TOO_LONG("Biệt danh dài tối đa " + Nicknames.MAX_LENGTH + " ký tự."),
  NICKNAME_INVALID("Biệt danh cần có ít nhất một chữ cái hoặc chữ số."),
  NICKNAME_TAKEN("Biệt danh đã có người dùng."),
  NICKNAME_BLOCKED("Biệt danh không phù hợp, hãy chọn tên khác."),
  NICKNAME_BANNED("Biệt danh này đã bị chủ phòng chặn trong trò chơi."),
  ROOM_LOCKED("Phòng đã khóa."),
  ROOM_FULL("Phòng đã đủ số người chơi chủ phòng cho phép."),
  GAME_STARTED("Trò chơi đã bắt đầu và không nhận thêm người chơi."),
  GAME_OVER("Trò chơi đã kết thúc."),
  UNKNOWN_SESSION("Phiên chơi không còn hiệu lực, hãy vào lại phòng."),
  KICKED("Bạn đã bị chủ phòng mời ra khỏi trò chơi."),
  NOT_A_PLAYER("Không tìm thấy người chơi này trong phòng."),
  NOT_OPEN_YET("Câu hỏi chưa mở, hãy chờ một chút."),
  WRONG_QUESTION("Câu trả lời không thuộc câu hỏi đang mở."),
  TIME_UP("Hết giờ trả lời."),
  INVALID_ANSWER("Câu trả lời không hợp lệ."),
  PAUSED("Trò chơi đang tạm dừng."),
  NO_PLAYERS("Chưa có người chơi nào trong phòng."),
  NOT_STARTED("Trò chơi chưa bắt đầu."),
  NOT_NOW("Không thực hiện được ở bước này của trò chơi.");

  private final String message;

  Rejection(String message) {
    this.message = message;
  }

  public String code() {
    return name();
  }

  public String message() {
    return message;
  }
}
