package vn.luatvui.server.contest.domain;

/** Where a round (đợt thi) stands at a moment, as a contestant sees it. */
public enum RoundState { UPCOMING, OPEN, CLOSED }
