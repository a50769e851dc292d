package vn.luatvui.server.course;

/** A learner: an account ({@code userId}) or a member who joined a unit ({@code memberId}); their organisation if any. */
public record Person(Long userId, Long memberId, String name, Long orgId, String orgName) {
}
