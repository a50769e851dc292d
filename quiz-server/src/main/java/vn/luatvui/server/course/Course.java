package vn.luatvui.server.course;

import java.util.List;
import vn.luatvui.server.course.domain.CourseStatus;
import vn.luatvui.server.course.domain.FinalTestRules;
import vn.luatvui.server.course.domain.Lesson;

/** Khóa học as stored; {@code contestId} names its final test once published. */
public record Course(long id, String title, String description, long ownerId, String ownerName, CourseStatus status,
                    String reviewComment, FinalTestRules finalTest, Long contestId, List<Lesson> lessons) {
}
