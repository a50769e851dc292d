package vn.luatvui.bank.question;

/** Who a question is written for. */
public enum Audience {
  /** Primary pupils (tiểu học). */
  TIEU_HOC,
  /** Lower-secondary pupils (trung học cơ sở). */
  THCS,
  /** Upper-secondary pupils (trung học phổ thông). */
  THPT,
  /** Students (sinh viên). */
  SINH_VIEN,
  /** Adults: workers, officials, citizens (người lớn). */
  NGUOI_LON,
  /** Everyone (mọi người). */
  MOI_NGUOI
}
