/**
 * Online law contests around their plain-Java domain ({@code contest.domain}): organisers' set-up
 * and rounds, contestants' registration and attempts, answer saves, live boards in Redis, final
 * standings in PostgreSQL, and their HTTP routes.
 */
package vn.luatvui.server.contest;
