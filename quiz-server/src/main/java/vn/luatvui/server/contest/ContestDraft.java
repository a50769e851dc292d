package vn.luatvui.server.contest;

import vn.luatvui.server.contest.domain.ContestSettings;

/** A contest as its organiser writes it (checked and normalised by {@link ContestForms}). */
public record ContestDraft(String title, String description, String rules, String organiser, ContestSettings settings) {
}
