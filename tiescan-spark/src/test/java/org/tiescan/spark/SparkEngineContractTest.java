package org.tiescan.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.tiescan.screen.engine.ScreenerSource;
import org.tiescan.screen.engine.ScreeningEngine;
import org.tiescan.screen.engine.ScreeningSettings;

/** The contract on Spark (local[2]), the bundle shipped to the executors as a cluster run ships it. */
class SparkEngineContractTest extends ScreeningEngineContract {
  @Override
  ScreeningEngine engine() {
    return new SparkEngine(TestSpark.session());
  }

  @Override
  ScreenerSource lists(ScreeningSettings settings) throws IOException {
    return TiescanSparkJob.ship(TestSpark.session(), TiescanSparkJob.Lists.shared(TestLists.bundle().toString()), settings);
  }

  @Override
  List<String> lines(Path output) throws IOException {
    return partFiles(output);
  }
}
