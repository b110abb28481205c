package org.tiescan.screen.engine;

import java.io.Serializable;
import org.tiescan.screen.Screener;

/** Opens the {@link Screener} a worker screens with; serializable so it travels with the job. */
@FunctionalInterface
public interface ScreenerSource extends Serializable {
  Screener open();
}
