package vn.luatvui.bank.law.text;

/** What the body of a document is made of: divisions (Phần, Chương, Mục, Tiểu mục) and Điều. */
public sealed interface Node permits Division, Article {
}
