/**
 * The legal store in memory, plain Java: a document's text through time under its amendments, a
 * provision as in force on a day, what changed in it and when, a document's status.
 */
package vn.luatvui.bank.law.store;
