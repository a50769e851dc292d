package vn.luatvui.bank.law;

import java.time.LocalDate;
import java.util.List;

/**
 * An entry of the legal-document registry (văn bản pháp luật).
 *
 * @param number        số hiệu, e.g. {@code 36/2024/QH15}
 * @param name          tên, e.g. "Luật Trật tự, an toàn giao thông đường bộ"
 * @param issued        ngày thông qua / ban hành, when known
 * @param effectiveFrom ngày có hiệu lực, when known
 * @param effectiveTo   last day in force (hết hiệu lực từ the next day), or null while in force
 * @param replacedBy    numbers of the documents that replace it
 */
public record LegalDocument(String number, String name, DocumentKind kind, LocalDate issued,
                            LocalDate effectiveFrom, LocalDate effectiveTo, List<String> replacedBy) {

  public LegalDocument {
    replacedBy = replacedBy == null ? List.of() : List.copyOf(replacedBy);
  }

  /** Whether the document is in force on the given day: past its start, not past its end. */
  public boolean inForceOn(LocalDate day) {
    boolean started = effectiveFrom == null || !day.isBefore(effectiveFrom);
    boolean ended = effectiveTo != null && day.isAfter(effectiveTo);
    return started && !ended;
  }

  /** Whether the document has stopped being in force by the given day (not merely not yet started). */
  public boolean endedBy(LocalDate day) {
    return effectiveTo != null && day.isAfter(effectiveTo);
  }
}
