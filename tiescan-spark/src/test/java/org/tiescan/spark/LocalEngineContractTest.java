package org.tiescan.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.tiescan.screen.engine.ListBundle;
import org.tiescan.screen.engine.LocalEngine;
import org.tiescan.screen.engine.ScreenerSource;
import org.tiescan.screen.engine.ScreeningEngine;
import org.tiescan.screen.engine.ScreeningSettings;

/** The contract on the local engine with two threads (the reference runs on one). */
class LocalEngineContractTest extends ScreeningEngineContract {
  @Override
  ScreeningEngine engine() {
    return new LocalEngine(2);
  }

  @Override
  ScreenerSource lists(ScreeningSettings settings) throws IOException {
    Path bundle = TestLists.bundle();
    return () -> ListBundle.open(bundle, settings);
  }

  @Override
  List<String> lines(Path output) throws IOException {
    return Files.readAllLines(output);
  }
}
