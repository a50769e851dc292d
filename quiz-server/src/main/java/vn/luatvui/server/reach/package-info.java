/** The reach dashboard (bảng theo dõi): the rollup job over contests, members and games, its reads, routes and export. */
package vn.luatvui.server.reach;
