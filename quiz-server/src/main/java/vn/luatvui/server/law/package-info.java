/**
 * The legal store over PostgreSQL: loading the shipped texts, the public read API under
 * {@code /api/laws} (documents, articles as of a day, changes, search, export), and citation checks and
 * flags for the bank.
 */
package vn.luatvui.server.law;
