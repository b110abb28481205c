package org.tiescan.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryTreesTest {
  @TempDir Path tmp;

  /** A tree like a staged index build: files at several depths and an empty directory. */
  private Path tree() throws IOException {
    Path root = tmp.resolve("build");
    Files.createDirectories(root.resolve("index/segments"));
    Files.createDirectories(root.resolve("empty"));
    Files.writeString(root.resolve("index/segments/_0.cfs"), "segment");
    Files.writeString(root.resolve("index/segments_1"), "commit");
    Files.writeString(root.resolve("manifest.json"), "{}");
    return root;
  }

  @Test
  void deletesTheDirectoryWithEverythingInItAndLeavesItsSiblings() throws IOException {
    Path root = tree();
    Path sibling = Files.writeString(tmp.resolve("build.json"), "kept");
    DirectoryTrees.delete(root);
    assertThat(root).doesNotExist();
    assertThat(sibling).hasContent("kept");
  }

  @Test
  void aMissingDirectoryIsAlreadyDeleted() throws IOException {
    DirectoryTrees.delete(tmp.resolve("never-made"));
    assertThat(DirectoryTrees.deleteQuietly(tmp.resolve("never-made"))).isTrue();
    assertThat(DirectoryTrees.deleteQuietly(null)).isTrue();
  }

  @Test
  void quietlyDeletesATreeAndSaysItIsGone() throws IOException {
    Path root = tree();
    assertThat(DirectoryTrees.deleteQuietly(root)).isTrue();
    assertThat(root).doesNotExist();
  }

  @Test
  void aSingleFileIsDeletedToo() throws IOException {
    Path file = Files.writeString(tmp.resolve("upload.csv"), "name\nHikvision\n");
    DirectoryTrees.delete(file);
    assertThat(file).doesNotExist();
  }
}
