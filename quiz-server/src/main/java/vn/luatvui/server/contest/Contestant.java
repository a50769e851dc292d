package vn.luatvui.server.contest;

import java.time.LocalDate;

/** Thí sinh: a registered person of one contest (no account: a personal access code instead). */
public record Contestant(long id, long contestId, String fullName, LocalDate birthDate, long unitId, String unitName) {
}
