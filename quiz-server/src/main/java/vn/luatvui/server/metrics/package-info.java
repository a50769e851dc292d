/** The names and registration of the project's own meters ({@code luatvui_*}). */
package vn.luatvui.server.metrics;
