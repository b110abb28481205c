/**
 * The {@code tiescan} command line (picocli): {@code screen}, {@code match}, {@code compare},
 * {@code lists}, {@code lists import}. Commands reach lists and matchers only through a {@link
 * org.tiescan.cli.Workspace}, so the storage and matching engines can change without touching the
 * commands, and tests run the commands in-process against a fake workspace; {@code StoreWorkspace} is
 * the real one (tiescan-store data directory, tiescan-sources readers, tiescan-match index). Every
 * command ends with a code from {@link org.tiescan.cli.ExitCodes}.
 */
package org.tiescan.cli;
