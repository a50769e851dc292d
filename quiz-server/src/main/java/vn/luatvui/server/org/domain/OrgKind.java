package vn.luatvui.server.org.domain;

import java.util.Locale;
import vn.luatvui.bank.text.VietnameseText;

/** What an organisation is (loại tổ chức). Administrative units carry urban/rural and a population. */
public enum OrgKind {
  CITY("Thành phố", true),
  DEPARTMENT("Sở, ban, ngành", false),
  DISTRICT("Quận, huyện", true),
  WARD("Phường", true),
  COMMUNE("Xã", true),
  TOWNSHIP("Thị trấn", true),
  SCHOOL("Trường học", false),
  YOUTH_UNION("Đoàn thanh niên", false),
  BUSINESS("Doanh nghiệp", false),
  FATHERLAND_FRONT("Mặt trận Tổ quốc", false),
  MASS_ORGANISATION("Tổ chức chính trị - xã hội", false),
  OTHER("Khác", false);

  private final String label;
  private final boolean administrative;

  OrgKind(String label, boolean administrative) {
    this.label = label;
    this.administrative = administrative;
  }

  /** The Vietnamese name shown on screens and written in the CSV template. */
  public String label() {
    return label;
  }

  /** Đơn vị hành chính: has urban/rural and a population. */
  public boolean administrative() {
    return administrative;
  }

  /**
   * The kind written in a file: the English name (YOUTH_UNION, youth-union) or the Vietnamese label,
   * with or without diacritics, in any case; null when nothing matches.
   */
  public static OrgKind parse(String text) {
    if (text == null) {
      return null;
    }
    String folded = fold(text);
    for (OrgKind kind : values()) {
      if (folded.equals(fold(kind.name())) || folded.equals(fold(kind.label))) {
        return kind;
      }
    }
    return switch (folded) {
      case "so", "ban", "nganh", "so_ban_nganh" -> DEPARTMENT;
      case "quan", "huyen", "thi_xa" -> DISTRICT;
      case "truong" -> SCHOOL;
      case "doan", "chi_doan" -> YOUTH_UNION;
      case "mttq" -> FATHERLAND_FRONT;
      case "hoi", "doan_the" -> MASS_ORGANISATION;
      default -> null;
    };
  }

  static String fold(String text) {
    return VietnameseText.fold(text).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_")
        .replaceAll("^_|_$", "");
  }
}
