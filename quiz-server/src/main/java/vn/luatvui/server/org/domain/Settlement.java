package vn.luatvui.server.org.domain;

/** Thành thị or nông thôn: the plan's targets differ for urban and rural people. */
public enum Settlement {
  URBAN("Thành thị"),
  RURAL("Nông thôn");

  private final String label;

  Settlement(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** urban/rural, thành thị/đô thị/nông thôn, with or without diacritics; null when nothing matches. */
  public static Settlement parse(String text) {
    if (text == null) {
      return null;
    }
    return switch (OrgKind.fold(text)) {
      case "urban", "thanh_thi", "do_thi" -> URBAN;
      case "rural", "nong_thon" -> RURAL;
      default -> null;
    };
  }
}
