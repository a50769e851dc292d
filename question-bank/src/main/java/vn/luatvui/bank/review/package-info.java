/**
 * The review workflow (draft → in review → approved → retired, returned with a comment) as a plain
 * state machine: a command and an actor in, the next state or a named refusal out.
 */
package vn.luatvui.bank.review;
