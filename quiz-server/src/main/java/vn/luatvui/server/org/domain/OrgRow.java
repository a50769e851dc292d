package vn.luatvui.server.org.domain;

import vn.luatvui.bank.text.VietnameseText;

/**
 * One organisation as imported or typed, its parent named by code.
 *
 * @param parentCode the code of the organisation above (mã cấp trên), null at the top
 * @param settlement urban or rural, for administrative units only
 * @param population số dân, for administrative units only
 */
public record OrgRow(String code, String name, OrgKind kind, String parentCode, Settlement settlement,
                     Integer population) {

  /** Texts in NFC, trimmed, inner white space collapsed; blanks made null. */
  public OrgRow normalized() {
    return new OrgRow(clean(code), clean(name), kind, clean(parentCode), settlement, population);
  }

  static String clean(String text) {
    if (text == null) {
      return null;
    }
    String t = VietnameseText.nfc(text).strip().replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ");
    return t.isEmpty() ? null : t;
  }
}
