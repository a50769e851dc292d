package vn.luatvui.server.game.room;

import java.util.List;

/** The room after a command, and what to send, in order. */
public record Transition(Room room, List<Delivery> events) {
}
