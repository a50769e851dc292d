package vn.luatvui.server.contest.domain;

import vn.luatvui.bank.text.VietnameseText;

/**
 * One unit as imported (dòng đơn vị dự thi), its parent named by code.
 *
 * @param parentCode the code of the unit above (mã cấp trên), or null at the top
 * @param members    how many people the unit has (số thành viên / sĩ số), or null when unknown
 */
public record UnitRow(String code, String name, String parentCode, Integer members) {

  /** Texts in NFC, trimmed, inner white space collapsed; blanks made null. */
  public UnitRow normalized() {
    return new UnitRow(clean(code), clean(name), clean(parentCode), members);
  }

  static String clean(String text) {
    if (text == null) {
      return null;
    }
    String t = VietnameseText.nfc(text).strip().replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ");
    return t.isEmpty() ? null : t;
  }
}
