/** Connections to PostgreSQL and Redis, migrations, embedded services for a one-machine start, Redis keys and scripts. */
package vn.luatvui.server.infra;
