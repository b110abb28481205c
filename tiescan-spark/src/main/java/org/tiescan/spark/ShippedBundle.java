package org.tiescan.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.SparkFiles;
import org.tiescan.screen.Screener;
import org.tiescan.screen.ScreeningException;
import org.tiescan.screen.engine.ListBundle;
import org.tiescan.screen.engine.ScreenerSource;
import org.tiescan.screen.engine.ScreeningSettings;

/**
 * A list bundle zip shipped with {@code SparkContext.addFile}: each executor unpacks its copy once,
 * into a temporary directory, and opens it once ({@link ListBundle#open}).
 *
 * @param fileName the zip's name as added (what {@link SparkFiles#get} resolves on the executor)
 * @param settings the screening options
 */
record ShippedBundle(String fileName, ScreeningSettings settings) implements ScreenerSource {
  private static final Map<String, Path> UNPACKED = new ConcurrentHashMap<>();

  @Override
  public Screener open() {
    return ListBundle.open(UNPACKED.computeIfAbsent(SparkFiles.get(fileName), ShippedBundle::unpack), settings);
  }

  private static Path unpack(String zip) {
    try {
      Path dir = TempDirs.create("tiescan-bundle-");
      BundleZip.unzip(Path.of(zip), dir);
      return dir;
    } catch (IOException e) {
      throw new ScreeningException("cannot unpack the list bundle " + zip + ": " + e.getMessage(), e);
    }
  }
}
