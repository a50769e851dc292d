/** Writing tables as CSV and XLSX downloads (reports, standings, exports). */
package vn.luatvui.server.files;
