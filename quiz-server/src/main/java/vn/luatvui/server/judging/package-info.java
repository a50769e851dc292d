/**
 * Judging one answer, shared by the live game and contests: the answer as sent ({@code AnswerPayload}),
 * the order in which a question's choices are shown ({@code Shuffle}) and whether an answer is right
 * ({@code AnswerJudge}). Plain Java on the bank's question content, with no clock or random source.
 */
package vn.luatvui.server.judging;
