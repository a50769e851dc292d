package vn.luatvui.server.bank;

import java.util.List;

/** One page of results and how many there are in all. */
public record Page<T>(long total, int page, int size, List<T> items) {
}
