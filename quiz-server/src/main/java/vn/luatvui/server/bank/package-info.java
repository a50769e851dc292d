/**
 * The question bank over PostgreSQL: questions and their versions, search, review, question sets,
 * imports and exports, the legal-document registry and the flags it raises, the public lookup and
 * the starter bank loaded on first start.
 */
package vn.luatvui.server.bank;
