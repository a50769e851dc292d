/** The plan's reach targets and the arithmetic of coverage against them, in plain Java. */
package vn.luatvui.server.reach.domain;
