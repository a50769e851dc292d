/**
 * Organisations (tổ chức) around their plain-Java domain ({@code org.domain}): the tree shared by the
 * whole deployment, its CSV import, unit managers and staff, members who join with an invite code,
 * and their HTTP routes.
 */
package vn.luatvui.server.org;
