/**
 * The legal store's text format (docs/legal-text-format.md): reading a document's header, its
 * structure (Phần, Chương, Mục, Điều, khoản, điểm) and its changes to other documents, errors by line.
 */
package vn.luatvui.bank.law.text;
