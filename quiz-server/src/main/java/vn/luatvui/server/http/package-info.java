/**
 * The HTTP edge: the server verticle, the API router validated against the OpenAPI contract, the one
 * error mapper, security headers, Origin checks, client addresses behind trusted proxies, the web
 * client's files and the metrics endpoint.
 */
package vn.luatvui.server.http;
