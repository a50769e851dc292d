package vn.luatvui.bank.law.store;

import vn.luatvui.bank.law.text.Change;
import vn.luatvui.bank.law.text.LegalText;

/** One change applied to a document's text: the text before it and after it (equal when it was refused). */
record Step(Change change, String byDocument, LegalText before, LegalText after) {
}
