package vn.luatvui.bank.formats;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import vn.luatvui.bank.media.ImageRefused;
import vn.luatvui.bank.media.Images;
import vn.luatvui.bank.media.MediaPaths;
import vn.luatvui.bank.media.StoredImage;

/**
 * The image files an import may name: those in the ZIP a sheet came in, or those embedded in a
 * Moodle XML file. An image cell naming one of them gets, in place of the name, the address of the
 * file once checked and re-encoded ({@link Images#prepare}); each file is prepared once however
 * many rows name it. Prepared images wait in a temporary directory, not in memory, until the caller
 * {@link #load}s those of the questions it writes; {@link #close} deletes them.
 */
public final class ImageFiles implements Closeable {
  /** Reads one file's bytes, at most {@link Images#MAX_BYTES} + 1 of them. */
  @FunctionalInterface
  interface Opener {
    byte[] read() throws IOException;
  }

  private final Map<String, Opener> files = new HashMap<>();
  private final Map<String, String> byBaseName = new HashMap<>();
  private final Map<String, Object> outcomes = new HashMap<>();
  private final Map<String, Path> prepared = new LinkedHashMap<>();
  private final List<Closeable> sources = new ArrayList<>();
  private Path directory;

  /** Whether an image cell holds an address (kept as it is) rather than the name of a file. */
  public static boolean isAddress(String cell) {
    String c = cell.toLowerCase(Locale.ROOT);
    return c.startsWith("https://") || c.startsWith("http://") || c.startsWith("/") || c.startsWith("data:")
        || c.startsWith("@@pluginfile@@");
  }

  void add(String name, Opener opener) {
    String key = fold(name);
    files.put(key, opener);
    String base = key.substring(key.lastIndexOf('/') + 1);
    byBaseName.merge(base, key, (a, b) -> a.equals(b) ? a : "");
  }

  /** Closed with this (the ZIP the files are read from). */
  void closeWith(Closeable source) {
    sources.add(source);
  }

  /** How many files there are. */
  public int size() {
    return files.size();
  }

  /**
   * The stored address of the image file the cell names ({@code /media/<sha256>.png}), matched by
   * its path in the ZIP or, when only one file has it, its name alone, without regard to case.
   */
  public synchronized String resolve(String cell) throws ImageRefused {
    String key = fold(cell);
    if (!files.containsKey(key)) {
      String only = byBaseName.get(key.substring(key.lastIndexOf('/') + 1));
      key = only == null || only.isEmpty() ? key : only;
    }
    Object known = outcomes.get(key);
    if (known == null) {
      known = prepare(cell, key);
      outcomes.put(key, known);
    }
    if (known instanceof ImageRefused refused) {
      throw refused;
    }
    return (String) known;
  }

  private Object prepare(String cell, String key) {
    Opener opener = files.get(key);
    String named = "Ảnh " + Values.quote(cell);
    if (opener == null) {
      return new ImageRefused(named + " không có trong tệp ZIP" + (files.isEmpty() ? " (tệp không có ảnh nào)." : "."));
    }
    try {
      StoredImage image = Images.prepare(opener.read());
      if (!prepared.containsKey(image.path())) {
        if (directory == null) {
          directory = Files.createTempDirectory("luatvui-images-");
        }
        Path file = directory.resolve(image.fileName());
        Files.write(file, image.bytes());
        prepared.put(image.path(), file);
      }
      return image.path();
    } catch (ImageRefused e) {
      return new ImageRefused(named + ": " + lower(e.getMessage()));
    } catch (IOException e) {
      return new ImageRefused(named + ": " + (e instanceof Inputs.Unreadable
          || (e.getMessage() != null && e.getMessage().startsWith("Ảnh"))
          ? lower(e.getMessage()) : "không đọc được tệp trong ZIP (tệp hỏng)."));
    }
  }

  /** The prepared images behind these addresses (those not prepared here are left out). */
  public synchronized List<StoredImage> load(Collection<String> paths) throws IOException {
    List<StoredImage> images = new ArrayList<>();
    for (String path : paths.stream().distinct().toList()) {
      Path file = prepared.get(path);
      if (file != null) {
        byte[] bytes = Files.readAllBytes(file);
        images.add(new StoredImage(MediaPaths.sha256(path), MediaPaths.mediaType(MediaPaths.extensionOf(path)), bytes,
            0, 0));
      }
    }
    return images;
  }

  @Override
  public synchronized void close() throws IOException {
    for (Closeable c : sources) {
      c.close();
    }
    sources.clear();
    if (directory != null) {
      try (Stream<Path> walk = Files.walk(directory)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
      directory = null;
    }
  }

  private static String fold(String name) {
    String n = name.strip().replace('\\', '/');
    while (n.startsWith("./")) {
      n = n.substring(2);
    }
    return n.toLowerCase(Locale.ROOT);
  }

  private static String lower(String message) {
    return message.isEmpty() ? message : Character.toLowerCase(message.charAt(0)) + message.substring(1);
  }
}
