package vn.luatvui.bank.law.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import vn.luatvui.bank.law.text.LegalText;

/**
 * A document's text through time: its original text from the day it enters into force, then the
 * text after each day on which changes take effect.
 */
final class Timeline {
  /** The text in force from a day. */
  record Version(LocalDate from, LegalText text) {
  }

  private final List<Version> versions;
  private final List<Step> steps;

  Timeline(LocalDate start, LegalText original, List<Step> steps) {
    this.steps = List.copyOf(steps);
    List<Version> list = new ArrayList<>();
    list.add(new Version(start, original));
    for (Step s : steps) {
      LocalDate day = s.change().from();
      Version last = list.get(list.size() - 1);
      if (!day.isAfter(last.from())) {
        list.set(list.size() - 1, new Version(last.from(), s.after()));
      } else {
        list.add(new Version(day, s.after()));
      }
    }
    this.versions = Collections.unmodifiableList(list);
  }

  List<Version> versions() {
    return versions;
  }

  List<Step> steps() {
    return steps;
  }

  /** The text in force on the day by the changes alone (the document's own start and end aside). */
  LegalText on(LocalDate day) {
    LegalText text = versions.get(0).text();
    for (Version v : versions) {
      if (!v.from().isAfter(day)) {
        text = v.text();
      }
    }
    return text;
  }

  /** The day the last version starts, for "changed by then" checks. */
  LocalDate lastChange() {
    return versions.get(versions.size() - 1).from();
  }
}
