/** Liveness and readiness: whether PostgreSQL and Redis answer. */
package vn.luatvui.server.health;
