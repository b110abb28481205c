package org.tiescan.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** A list bundle directory as one zip file, the form {@code SparkContext.addFile} ships best. */
final class BundleZip {
  private BundleZip() {}

  /** Zips the files under {@code dir} (paths relative to it) into {@code zip}. */
  static void zip(Path dir, Path zip) throws IOException {
    List<Path> files;
    try (Stream<Path> all = Files.walk(dir)) {
      files = all.filter(Files::isRegularFile).sorted().toList();
    }
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      for (Path f : files) {
        out.putNextEntry(new ZipEntry(dir.relativize(f).toString().replace('\\', '/')));
        Files.copy(f, out);
        out.closeEntry();
      }
    }
  }

  /** Unpacks {@code zip} into {@code dir}; refuses entries that would land outside it. */
  static void unzip(Path zip, Path dir) throws IOException {
    Path root = dir.toAbsolutePath().normalize();
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        Path target = root.resolve(e.getName()).normalize();
        if (!target.startsWith(root)) throw new IOException(zip + ": entry " + e.getName() + " points outside the bundle");
        if (e.isDirectory()) continue;
        Files.createDirectories(target.getParent());
        copy(in, target);
      }
    }
  }

  private static void copy(InputStream in, Path target) throws IOException {
    try (OutputStream out = Files.newOutputStream(target)) {
      in.transferTo(out);
    }
  }
}
