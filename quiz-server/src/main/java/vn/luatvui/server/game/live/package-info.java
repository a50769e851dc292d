/**
 * Live games around the room state machine ({@code game.room}): WebSocket connections, the room's
 * owner under a lease in Redis, relays between servers, the command log and snapshots that let a
 * room resume, saving results to PostgreSQL, and reports.
 */
package vn.luatvui.server.game.live;
