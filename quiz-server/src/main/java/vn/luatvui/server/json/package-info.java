/** The server's one JSON mapper (records in and out, ISO dates) and reading request bodies with it. */
package vn.luatvui.server.json;
