/**
 * The domain of online law contests (cuộc thi trực tuyến tìm hiểu pháp luật): settings, drawing
 * questions for an attempt, timing, scoring, ranking, unit rankings, unit import and registration.
 *
 * <p>Plain Java: no framework, no I/O, no clock of its own (time comes in as parameters) and no
 * random source (draws are seeded).
 */
package vn.luatvui.server.contest.domain;
