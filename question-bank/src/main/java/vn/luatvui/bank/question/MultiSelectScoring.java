package vn.luatvui.bank.question;

/** How a MULTIPLE_SELECT answer earns points. */
public enum MultiSelectScoring {
  /** Points only when exactly the correct choices are selected. */
  ALL_OR_NOTHING,
  /** A share of the points per correct choice selected, less one share per wrong choice selected (never below zero). */
  PER_OPTION
}
