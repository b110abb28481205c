package org.tiescan.screen.publications;

import java.io.IOException;
import java.util.function.Consumer;

/** Reads the works of one opened input, in file order, and hands each on (a bad record as a {@link Work#problem}). */
@FunctionalInterface
public interface WorkSource {
  void read(Consumer<Work> sink) throws IOException;
}
