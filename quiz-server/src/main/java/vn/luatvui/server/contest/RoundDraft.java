package vn.luatvui.server.contest;

import java.time.Instant;

/** Đợt thi as its organiser writes it. */
public record RoundDraft(int number, String title, Instant opensAt, Instant closesAt) {
}
