package vn.luatvui.server.law;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** The text files of the legal store found on the classpath in a folder ({@code legal-store/*.txt}). */
public final class LawFiles {
  /** The folder of the starter content. */
  public static final String FOLDER = "legal-store";

  /** One file: its name and its text. */
  public record SourceFile(String name, String content) {
  }

  private LawFiles() {
  }

  /** Every {@code *.txt} in the folder, from directories and jars alike, by name. */
  public static List<SourceFile> onClasspath(String folder) {
    TreeMap<String, String> files = new TreeMap<>();
    try {
      Enumeration<URL> roots = LawFiles.class.getClassLoader().getResources(folder);
      while (roots.hasMoreElements()) {
        URL url = roots.nextElement();
        if ("file".equals(url.getProtocol())) {
          readDirectory(Path.of(url.toURI()), files);
        } else if ("jar".equals(url.getProtocol())) {
          readJar(url, folder, files);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    List<SourceFile> out = new ArrayList<>();
    files.forEach((name, content) -> out.add(new SourceFile(name, content)));
    return out;
  }

  private static void readDirectory(Path dir, TreeMap<String, String> files) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      for (Path p : list.filter(p -> p.getFileName().toString().endsWith(".txt")).toList()) {
        files.putIfAbsent(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
      }
    }
  }

  private static void readJar(URL url, String folder, TreeMap<String, String> files) throws IOException {
    JarURLConnection connection = (JarURLConnection) url.openConnection();
    connection.setUseCaches(false);
    try (JarFile jar = connection.getJarFile()) {
      Enumeration<JarEntry> entries = jar.entries();
      while (entries.hasMoreElements()) {
        JarEntry e = entries.nextElement();
        String name = e.getName();
        if (name.startsWith(folder + "/") && name.endsWith(".txt") && name.indexOf('/', folder.length() + 1) < 0) {
          try (InputStream in = jar.getInputStream(e)) {
            files.putIfAbsent(name.substring(folder.length() + 1), new String(in.readAllBytes(), StandardCharsets.UTF_8));
          }
        }
      }
    }
  }
}
