/** The rules of courses in plain Java: what a course must hold, the order lessons unlock in, pass marks. */
package vn.luatvui.server.course.domain;
