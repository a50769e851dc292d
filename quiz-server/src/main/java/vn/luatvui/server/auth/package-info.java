/** Staff accounts and sessions: sign-in, password hashing, session cookies, CSRF tokens, request limits. */
package vn.luatvui.server.auth;
