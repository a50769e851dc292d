/** The legal-document registry: documents by number, kind and dates in force ({@code store} and {@code text} hold their texts). */
package vn.luatvui.bank.law;
