package org.tiescan.spark;

import java.nio.file.Path;
import org.tiescan.screen.Screener;
import org.tiescan.screen.engine.ListBundle;
import org.tiescan.screen.engine.ScreenerSource;
import org.tiescan.screen.engine.ScreeningSettings;

/**
 * A list bundle directory every executor reads at the same path (NFS, a mounted object store, a
 * directory baked into the executor image): opened in place, once per executor JVM.
 */
record SharedBundle(String directory, ScreeningSettings settings) implements ScreenerSource {
  @Override
  public Screener open() {
    return ListBundle.open(Path.of(directory), settings);
  }
}
