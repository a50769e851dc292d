package vn.luatvui.server.course.domain;

/** An article of the legal store by reference: the document's number and the Điều. */
public record Article(String document, int article) {
}
