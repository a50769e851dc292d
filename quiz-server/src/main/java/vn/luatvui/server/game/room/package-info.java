/**
 * The live classroom game (trò chơi trực tiếp): the room state machine and its scoring, in plain Java.
 *
 * <h2>How the transport drives a room</h2>
 * <ul>
 *   <li>One owner (one Vert.x context) per room applies {@link vn.luatvui.server.game.room.RoomCommand}s in
 *       order with {@link vn.luatvui.server.game.room.Room#handle}, stamping each with the server time. The
 *       room has no clock, timer, thread or I/O.</li>
 *   <li>Each {@link vn.luatvui.server.game.room.Transition} lists {@link vn.luatvui.server.game.room.Delivery}s:
 *       an event and its {@link vn.luatvui.server.game.room.Recipient} (everyone, the host, one player, or the
 *       connection that sent the command). Serialise an EVERYONE event once and send the same frame to all;
 *       per-player events (results) are small.</li>
 *   <li>After each command, {@link vn.luatvui.server.game.room.Room#timerAt} says when to send a
 *       {@link vn.luatvui.server.game.room.RoomCommand.Tick}; replace any earlier timer.</li>
 *   <li>{@link vn.luatvui.server.game.room.Room#snapshot} is the whole state as records of plain values (Jackson
 *       reads and writes them as they are); {@link vn.luatvui.server.game.room.Room#restore} continues from it
 *       exactly, so a new owner can take over after a failure.</li>
 *   <li>{@link vn.luatvui.server.game.room.GameReport#from} builds the report from the final state.</li>
 * </ul>
 */
package vn.luatvui.server.game.room;
