package org.tiescan.cli;

/**
 * A command contributed by a module above the CLI (e.g. {@code tiescan serve} from tiescan-server),
 * found with {@link java.util.ServiceLoader} so the CLI does not depend on it: list the implementing
 * class in {@code META-INF/services/org.tiescan.cli.SubcommandProvider}.
 */
@FunctionalInterface
public interface SubcommandProvider {
  /** A picocli-annotated command object writing to {@code ctx}. */
  Object command(CliContext ctx);
}
