package org.tiescan.screen.publications;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.tiescan.model.RecordProblem;
import org.tiescan.screen.input.CountingInputStream;
import org.tiescan.screen.input.InputException;

/**
 * Opens a publications export and picks its reader from the content (gzip by its magic bytes, then
 * the first characters: '{' or '[' JSON, '@' or '%' BibTeX, a tag line RIS / Web of Science), the
 * file name breaking ties. Counts the bytes read so a run can show how far it is.
 */
public final class WorkFiles implements Closeable {
  private final Path file;
  private final CountingInputStream counter;
  private final long size;
  private final InputStream text;
  private final String format;

  private WorkFiles(Path file, CountingInputStream counter, long size, InputStream text, String format) {
    this.file = file;
    this.counter = counter;
    this.size = size;
    this.text = text;
    this.format = format;
  }

  /** @throws InputException naming the file when it cannot be read or is no known format */
  public static WorkFiles open(Path file) {
    try {
      long size = Files.size(file);
      CountingInputStream counter = new CountingInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
      InputStream in = counter;
      in.mark(2);
      int b1 = in.read();
      int b2 = in.read();
      in.reset();
      if (b1 == 0x1f && b2 == 0x8b) in = new GZIPInputStream(in, 1 << 16);
      BufferedInputStream text = new BufferedInputStream(in, 1 << 16);
      String format = detect(file, text);
      return new WorkFiles(file, counter, size, text, format);
    } catch (NoSuchFileException e) {
      throw new InputException(new RecordProblem(file.toString(), 0, null, "file not found"), e);
    } catch (IOException e) {
      throw new InputException(new RecordProblem(file.toString(), 0, null, "cannot read: " + e.getMessage()), e);
    }
  }

  private static String detect(Path file, BufferedInputStream in) throws IOException {
    in.mark(4096);
    byte[] head = in.readNBytes(4096);
    in.reset();
    String s = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT).replaceAll("\\.gz$", "");
    if (s.startsWith("{") || s.startsWith("[")) return "json";
    if (s.startsWith("@") || s.startsWith("%") || name.endsWith(".bib")) return "bibtex";
    if (s.matches("(?s)^(TY  -|FN |PT |VR ).*") || name.endsWith(".ris") || name.endsWith(".ciw")) return "tagged";
    throw new InputException(new RecordProblem(file.toString(), 1, null,
        "not a known publications export: expected OpenAlex or Crossref JSON, BibTeX (@article{…}) or RIS / Web of Science (TY  - or PT J)"));
  }

  /** "json", "bibtex" or "tagged". */
  public String format() {
    return format;
  }

  public String file() {
    return file.toString();
  }

  /** Share of the file read so far (of the compressed bytes for gzip), in [0,1]. */
  public double fractionRead() {
    return size <= 0 ? -1 : Math.min(1.0, counter.count() / (double) size);
  }

  /** Reads every work, in file order. @throws InputException when the file breaks off */
  public void read(Consumer<Work> sink) {
    try {
      source().read(sink);
    } catch (IOException e) {
      throw new InputException(new RecordProblem(file.toString(), 0, null, "cannot read: " + e.getMessage()), e);
    }
  }

  private WorkSource source() {
    String name = file.toString();
    return switch (format) {
      case "json" -> new JsonWorks(name, text);
      case "bibtex" -> new BibtexWorks(name, utf8());
      default -> new TaggedWorks(name, utf8());
    };
  }

  private BufferedReader utf8() {
    BufferedReader r = new BufferedReader(new InputStreamReader(text, StandardCharsets.UTF_8), 1 << 16);
    try {
      r.mark(1);
      if (r.read() != '\uFEFF') r.reset();
    } catch (IOException e) {
      throw new InputException(new RecordProblem(file.toString(), 0, null, "cannot read: " + e.getMessage()), e);
    }
    return r;
  }

  @Override
  public void close() {
    try {
      text.close();
    } catch (IOException ignored) {
      // reading is over; nothing was written
    }
  }
}
