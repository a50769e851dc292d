/** Parsing and checking configuration values: database and Redis addresses, services mode, trusted proxies. */
package vn.luatvui.server.config;
