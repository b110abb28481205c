package org.tiescan.sources;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.tiescan.model.Entity;
import org.tiescan.model.RecordProblem;

/** Test sink that keeps everything a reader emits. */
public final class Collected implements EntitySink {
  public final List<Entity> entities = new ArrayList<>();
  public final List<RecordProblem> problems = new ArrayList<>();

  @Override
  public void accept(Entity entity) {
    entities.add(entity);
  }

  @Override
  public void problem(RecordProblem problem) {
    problems.add(problem);
  }

  public static Collected read(ListSource source, Path location) throws IOException {
    Collected c = new Collected();
    source.read(location, c);
    return c;
  }

  public List<Entity> where(Predicate<Entity> p) {
    return entities.stream().filter(p).toList();
  }

  public Entity one(Predicate<Entity> p) {
    List<Entity> found = where(p);
    if (found.size() != 1) throw new AssertionError("expected exactly one entity, found " + found.size() + ": " + found);
    return found.get(0);
  }

  public List<String> ids() {
    return entities.stream().map(Entity::id).toList();
  }

  private static final java.util.Map<String, Collected> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * The result of reading a real shared file once per test JVM: several test classes assert on
   * the same big files, and reading them once keeps the module's test run short on a busy machine.
   * Callers must not modify the returned lists.
   */
  public static synchronized Collected cached(ListSource source, Path location) throws IOException {
    String key = source.getClass().getName() + "|" + source.dataset().name() + "|" + location.toAbsolutePath();
    Collected c = CACHE.get(key);
    if (c == null) {
      c = read(source, location);
      CACHE.put(key, c);
    }
    return c;
  }

  public static Path shared(String relative) {
    return Path.of(System.getProperty("tiescan.shared.data")).resolve(relative);
  }
}
