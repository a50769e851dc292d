/** Vietnamese text rules: NFC normalisation and the folding used by search and answer matching (đ→d, no marks). */
package vn.luatvui.bank.text;
