package vn.luatvui.bank.law.text;

import java.util.List;

/**
 * A document of the legal store (văn bản trong kho) as its file gives it: header, body and, for an
 * amending document, the changes it makes to others.
 */
public record LawDocument(DocumentHeader header, LegalText text, List<Change> changes) {
  public LawDocument {
    changes = List.copyOf(changes);
  }

  public String number() {
    return header.number();
  }
}
