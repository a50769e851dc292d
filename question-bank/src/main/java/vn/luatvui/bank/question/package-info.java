/**
 * A question's content and the rules it must follow: type, text, choices, accepted answers,
 * citations of the law (văn bản, Điều, khoản, điểm, quote), tags, difficulty, audience, visibility.
 *
 * <p>Plain Java: {@code QuestionRules} checks content and names every violation by field.
 */
package vn.luatvui.bank.question;
