package org.tiescan.match;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ChecksumIndexInput;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.tiescan.match.score.TokenTraits;
import org.tiescan.text.NameToken;
import org.tiescan.text.TokenKind;

/**
 * The distinct tokens of an index's scoring records, each written once in a file of the index; a
 * record names its tokens by number. A batch's candidates share a vocabulary far smaller than their
 * token count, so each token is decoded and its {@link TokenTraits} worked out once, on first use,
 * and then shared: decoding and preparing every occurrence afresh was about a third of loading a
 * candidate at 1M entities (docs/benchmarks.md, wave 12).
 */
final class TokenVocabulary {
  /** The file in the index directory (not a Lucene file name: Lucene leaves it alone). */
  static final String FILE = "tiescan-tokens";
  private static final String CODEC = "TiescanTokens";
  private static final int VERSION = 0;
  private static final TokenKind[] KINDS = TokenKind.values();

  private final byte[] bytes;
  private final int[] offsets;
  /**
   * Traits by token number, made on first use. A plain array: threads that race make equal traits, and
   * an object whose fields are final is seen whole by any thread that sees it.
   */
  private final TokenTraits[] traits;

  private TokenVocabulary(byte[] bytes, int[] offsets) {
    this.bytes = bytes;
    this.offsets = offsets;
    this.traits = new TokenTraits[offsets.length];
  }

  /** Number of distinct tokens. */
  int size() {
    return offsets.length;
  }

  /** The traits of token {@code id} (and through them the token). */
  TokenTraits get(int id) {
    if (id < 0 || id >= traits.length) {
      throw new IllegalStateException("scoring record names token " + id + " of " + traits.length + ": rebuild the index");
    }
    TokenTraits t = traits[id];
    if (t == null) traits[id] = t = TokenTraits.of(decode(id));
    return t;
  }

  private NameToken decode(int id) {
    try {
      return readToken(new ByteArrayDataInput(bytes, offsets[id], bytes.length - offsets[id]));
    } catch (IOException e) {
      throw new IllegalStateException("reading from memory cannot fail", e);
    }
  }

  /** Reads the vocabulary written by {@link Builder#write}; a missing, cut or altered file is an error. */
  static TokenVocabulary read(Directory dir) throws IOException {
    try (ChecksumIndexInput in = dir.openChecksumInput(FILE, IOContext.READONCE)) {
      CodecUtil.checkHeader(in, CODEC, VERSION, VERSION);
      int count = in.readVInt();
      byte[] bytes = new byte[in.readVInt()];
      in.readBytes(bytes, 0, bytes.length);
      CodecUtil.checkFooter(in);
      return new TokenVocabulary(bytes, offsets(bytes, count));
    }
  }

  /** Where each of the {@code count} tokens written one after another in {@code bytes} starts. */
  private static int[] offsets(byte[] bytes, int count) throws IOException {
    int[] offsets = new int[count];
    ByteArrayDataInput walk = new ByteArrayDataInput(bytes);
    for (int i = 0; i < count; i++) {
      offsets[i] = walk.getPosition();
      skipToken(walk);
    }
    return offsets;
  }

  static void writeToken(DataOutput out, NameToken t) throws IOException {
    out.writeString(orEmpty(t.text()));
    out.writeString(orEmpty(t.source()));
    out.writeVInt(t.kind().ordinal());
    out.writeString(orEmpty(t.via()));
    out.writeVInt(t.alternatives().size());
    for (String alt : t.alternatives()) out.writeString(alt);
  }

  /** Moves past one token written by {@link #writeToken}, making none of its strings. */
  private static void skipToken(ByteArrayDataInput in) {
    in.skipBytes(in.readVInt()); // text
    in.skipBytes(in.readVInt()); // source
    in.readVInt(); // kind
    in.skipBytes(in.readVInt()); // via
    for (int i = in.readVInt(); i > 0; i--) in.skipBytes(in.readVInt());
  }

  static NameToken readToken(DataInput in) throws IOException {
    String text = in.readString();
    String source = in.readString();
    TokenKind kind = KINDS[in.readVInt()];
    // a handful of values (literal, translation, han-latin…): one shared string each, so that testing a
    // token's via reads a string already in the cache, not a copy of its own (a cache miss per token
    // when preparing a candidate's names)
    String via = in.readString().intern();
    int count = in.readVInt();
    List<String> alternatives = count == 0 ? List.of() : new ArrayList<>(count);
    for (int i = 0; i < count; i++) alternatives.add(in.readString());
    return new NameToken(text, source, kind, alternatives, via);
  }

  /** Absent parts are written as empty strings, as the analyzer's consumers already treat them. */
  static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  /**
   * Numbers tokens in the order they are first met (one thread: the same input always gives the same
   * numbers) and writes them.
   */
  static final class Builder {
    private final Map<NameToken, Integer> ids = new HashMap<>();
    private final ByteBuffersDataOutput tokens = new ByteBuffersDataOutput();

    int id(NameToken t) {
      Integer id = ids.get(t);
      if (id != null) return id;
      id = ids.size();
      ids.put(t, id);
      try {
        writeToken(tokens, t);
      } catch (IOException e) {
        throw new IllegalStateException("writing to memory cannot fail", e);
      }
      return id;
    }

    /** The vocabulary as {@link #read} gives it back (for tests and in-memory use). */
    TokenVocabulary build() {
      try {
        byte[] bytes = tokens.toArrayCopy();
        return new TokenVocabulary(bytes, offsets(bytes, ids.size()));
      } catch (IOException e) {
        throw new IllegalStateException("reading from memory cannot fail", e);
      }
    }

    /** Writes the vocabulary into {@code dir}, replacing that of an index built there before. */
    void write(Directory dir) throws IOException {
      if (java.util.Arrays.asList(dir.listAll()).contains(FILE)) dir.deleteFile(FILE);
      try (IndexOutput out = dir.createOutput(FILE, IOContext.DEFAULT)) {
        CodecUtil.writeHeader(out, CODEC, VERSION);
        out.writeVInt(ids.size());
        out.writeVInt(Math.toIntExact(tokens.size()));
        tokens.copyTo(out);
        CodecUtil.writeFooter(out);
      }
    }
  }
}
