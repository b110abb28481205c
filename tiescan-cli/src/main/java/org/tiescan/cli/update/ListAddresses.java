package org.tiescan.cli.update;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each list is published: the defaults shipped in {@code list-sources.properties}, then the
 * data directory's own {@value #FILE}, then {@code --url LIST=URL}; later ones win.
 */
public final class ListAddresses {
  public static final String FILE = "list-sources.properties";
  /** The key naming the lists updated when none is named. */
  static final String DEFAULT_UPDATE = "default-update";
  private static final Pattern NAMED = Pattern.compile("([A-Za-z0-9_.-]+)=((?:https?|file)://\\S+)");

  /** One file of a list: the name it is saved under and where it is downloaded from. */
  public record Part(String fileName, URI uri) {}

  private final Map<String, List<Part>> parts;
  private final List<String> defaults;

  private ListAddresses(Map<String, List<Part>> parts, List<String> defaults) {
    this.parts = parts;
    this.defaults = defaults;
  }

  /**
   * @param dataDir the data directory, whose {@value #FILE} (if present) overrides the defaults
   * @param overrides {@code LIST -> URL} from the command line
   * @throws IllegalArgumentException naming the entry when an address is not a URL
   */
  public static ListAddresses load(Path dataDir, Map<String, String> overrides) throws IOException {
    Map<String, String> raw = new LinkedHashMap<>();
    try (InputStream in = ListAddresses.class.getResourceAsStream(FILE)) {
      raw.putAll(read(new java.io.InputStreamReader(in, StandardCharsets.UTF_8)));
    }
    Path local = dataDir.resolve(FILE);
    if (Files.isRegularFile(local)) {
      try (Reader r = Files.newBufferedReader(local, StandardCharsets.UTF_8)) {
        raw.putAll(read(r));
      }
    }
    raw.putAll(overrides);
    String defaults = raw.remove(DEFAULT_UPDATE);
    Map<String, List<Part>> parsed = new LinkedHashMap<>();
    raw.forEach((list, value) -> parsed.put(list, parse(list, value)));
    List<String> updated = defaults == null ? List.copyOf(parsed.keySet())
        : List.of(defaults.strip().split("\\s+")).stream().filter(parsed::containsKey).toList();
    return new ListAddresses(Collections.unmodifiableMap(parsed), updated);
  }

  /** The lists updated when none is named (one form of each list). */
  public List<String> defaults() {
    return defaults;
  }

  public Set<String> lists() {
    return parts.keySet();
  }

  public Optional<List<Part>> partsOf(String list) {
    return Optional.ofNullable(parts.get(list));
  }

  private static Map<String, String> read(Reader r) throws IOException {
    Properties p = new Properties();
    p.load(r);
    Map<String, String> out = new LinkedHashMap<>();
    p.stringPropertyNames().stream().sorted().forEach(k -> out.put(k.strip(), p.getProperty(k).strip()));
    return out;
  }

  static List<Part> parse(String list, String value) {
    List<Part> out = new ArrayList<>();
    for (String token : value.strip().split("\\s+")) {
      Matcher named = NAMED.matcher(token);
      URI uri = uri(list, named.matches() ? named.group(2) : token);
      out.add(new Part(named.matches() ? named.group(1) : fileName(list, uri), uri));
    }
    return List.copyOf(out);
  }

  private static URI uri(String list, String text) {
    try {
      URI u = URI.create(text);
      if (u.getScheme() == null || !u.getScheme().matches("https?")) throw new IllegalArgumentException("not http(s)");
      return u;
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("address of list '" + list + "' is not an http(s) URL: " + text, e);
    }
  }

  /** The URL's last path segment when it looks like a file name, else the list's name. */
  private static String fileName(String list, URI uri) {
    String path = uri.getPath() == null ? "" : uri.getPath();
    String last = path.substring(path.lastIndexOf('/') + 1);
    return last.matches("[A-Za-z0-9_.-]+\\.[A-Za-z0-9]+") ? last.toLowerCase(java.util.Locale.ROOT) : list;
  }
}
