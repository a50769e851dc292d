package vn.luatvui.bank.law.text;

import java.time.LocalDate;
import java.util.List;
import vn.luatvui.bank.law.DocumentKind;
import vn.luatvui.bank.law.LegalDocument;

/**
 * What a document's file says of it before its text: number, name, kind, issuer, dates, fields, its
 * source and the day it was read, how much text there is, and its relations.
 *
 * @param effectiveTo last day in force, or null
 * @param replaces    the documents this one replaces wholly, each from a day (Thay thế)
 * @param guides      the numbers of the documents this one guides (Hướng dẫn)
 * @param ownDates    provisions of this document that enter into force on another day (Hiệu lực riêng)
 */
public record DocumentHeader(String number, String name, DocumentKind kind, String issuer, LocalDate passed,
                             LocalDate effectiveFrom, LocalDate effectiveTo, List<String> fields, String source,
                             LocalDate readOn, TextCoverage coverage, List<Replacement> replaces, List<String> guides,
                             List<ProvisionDate> ownDates) {
  public DocumentHeader {
    fields = List.copyOf(fields);
    replaces = List.copyOf(replaces);
    guides = List.copyOf(guides);
    ownDates = List.copyOf(ownDates);
  }

  /** The registry entry this header describes (replaced-by is the registry's business, not the file's). */
  public LegalDocument registryEntry(List<String> replacedBy) {
    return new LegalDocument(number, name, kind, passed, effectiveFrom, effectiveTo, replacedBy);
  }

  /** "This document replaces that one from that day." */
  public record Replacement(String document, LocalDate from) {
  }

  /** "This provision enters into force on that day." */
  public record ProvisionDate(ProvisionPath provision, LocalDate from) {
  }
}
