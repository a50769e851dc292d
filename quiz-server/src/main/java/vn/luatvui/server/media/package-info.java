/** Question images on this server: stored by hash in PostgreSQL, uploaded by authors, served at /media/&lt;sha256&gt;.&lt;ext&gt;. */
package vn.luatvui.server.media;
