package vn.luatvui.bank.formats;

import java.io.IOException;

/** Where an export finds the bytes of a stored image, by its hash (null when it is not stored). */
@FunctionalInterface
public interface ImageSource {
  byte[] bytes(String sha256) throws IOException;
}
