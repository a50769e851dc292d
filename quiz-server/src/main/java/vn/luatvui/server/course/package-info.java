/** Online training for officials: courses, lessons, assignments to organisations, progress and certificates. */
package vn.luatvui.server.course;
