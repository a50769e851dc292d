/**
 * Organisations in plain Java (tổ chức): the kinds of unit, the tree and its rules, a manager's scope,
 * and the CSV import with its checks. No framework, no I/O, no clock.
 */
package vn.luatvui.server.org.domain;
