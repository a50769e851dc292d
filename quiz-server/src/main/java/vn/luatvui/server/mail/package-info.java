/** Mail: Vietnamese templates, the PostgreSQL outbox that requests write to, and the worker that sends it over SMTP. */
package vn.luatvui.server.mail;
