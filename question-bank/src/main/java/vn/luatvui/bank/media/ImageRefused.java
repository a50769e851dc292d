package vn.luatvui.bank.media;

/** An upload that is not an image this bank keeps; the message (Vietnamese) says why. */
public final class ImageRefused extends Exception {
  public ImageRefused(String message) {
    super(message);
  }
}
