package org.tiescan.match;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.BytesRef;
import org.tiescan.match.score.TokenTraits;
import org.tiescan.text.AnalyzedName;
import org.tiescan.text.NameToken;

/**
 * What the scorer needs of one entity (id, schema, analysed names, identifier labels, countries) as
 * one binary doc value. Reading it is a seek into an uncompressed column and a walk over
 * length-prefixed strings: the stored fields would decompress a block of documents, each with its
 * full JSON, and a text encoding would need splitting. The analysed names are stored so that the
 * analyzer (ICU transliteration is its slow part) never runs on a candidate.
 */
record ScoringRecord(String id, String schema, List<Name> names, Map<String, String> identifiers,
    Set<String> countries) {

  /**
   * An analysed name with the entity property it came from ({@code name}, {@code alias}...) and, when
   * decoded from a record, the traits of each of its tokens, shared through the index's vocabulary
   * (else null).
   */
  record Name(String prop, AnalyzedName analyzed, TokenTraits[] traits) {
    Name(String prop, AnalyzedName analyzed) {
      this(prop, analyzed, null);
    }
  }

  /** The record, its tokens written as their numbers in {@code vocabulary} (numbering new ones). */
  BytesRef encode(TokenVocabulary.Builder vocabulary) {
    ByteBuffersDataOutput out = new ByteBuffersDataOutput();
    try {
      out.writeString(id);
      out.writeString(schema);
      out.writeVInt(names.size());
      for (Name n : names) writeName(out, n, vocabulary);
      out.writeVInt(identifiers.size());
      for (Map.Entry<String, String> e : identifiers.entrySet()) {
        out.writeString(e.getKey());
        out.writeString(e.getValue());
      }
      writeStrings(out, countries);
    } catch (IOException e) {
      throw new IllegalStateException("writing to memory cannot fail", e);
    }
    return new BytesRef(out.toArrayCopy());
  }

  /** The record {@link #encode} wrote, its tokens and their traits taken from {@code tokens}. */
  static ScoringRecord decode(BytesRef bytes, TokenVocabulary tokens) {
    return decode(new Input(bytes), tokens::get);
  }

  private static ScoringRecord decode(Input in, IntFunction<TokenTraits> tokens) {
    String id = in.string();
    String schema = in.shared();
    int count = in.readVInt();
    List<Name> names = new ArrayList<>(count);
    for (int i = 0; i < count; i++) names.add(readName(in, tokens));
    // most entries have no identifier and one country: no hash tables built for them
    count = in.readVInt();
    Map<String, String> identifiers = count == 0 ? Map.of() : new LinkedHashMap<>();
    for (int i = 0; i < count; i++) identifiers.put(in.string(), in.string());
    count = in.readVInt();
    Set<String> countries = count == 0 ? Set.of() : count == 1 ? Set.of(in.shared()) : new LinkedHashSet<>();
    for (int i = countries.size(); i < count; i++) countries.add(in.shared());
    return new ScoringRecord(id, schema, names, identifiers, countries);
  }

  /**
   * The records {@link #encode} wrote, decoded together: first every record's token numbers are read, then
   * their traits looked up in one loop and the traits' tokens read in another, and only then the records
   * built. Decoded one by one, each lookup waited on the one before it (a read far into the vocabulary,
   * then one into the traits, then into the token); in loops of nothing else the processor has many of
   * them in flight at once (docs/benchmarks.md, wave 20).
   */
  static ScoringRecord[] decode(BytesRef[] records, int count, TokenVocabulary tokens) {
    int[] ids = tokenNumbers(records, count);
    TokenTraits[] traits = new TokenTraits[ids.length];
    for (int i = 0; i < ids.length; i++) traits[i] = tokens.get(ids[i]);
    NameToken[] read = new NameToken[ids.length];
    for (int i = 0; i < ids.length; i++) read[i] = traits[i].token();
    ScoringRecord[] out = new ScoringRecord[count];
    Looked looked = new Looked(ids, traits, read);
    for (int r = 0; r < count; r++) out[r] = decode(new Input(records[r]), looked::next);
    return out;
  }

  /** The traits looked up beforehand, handed out in the order the records name them. */
  private static final class Looked {
    private final int[] ids;
    private final TokenTraits[] traits;
    /**
     * The traits' tokens, read in a loop of their own so that those reads overlap; the records take them from
     * the traits again, then a read from the cache. Held here so that the loop is not dropped as unused.
     */
    private final NameToken[] tokens;
    private int at;

    Looked(int[] ids, TokenTraits[] traits, NameToken[] tokens) {
      this.ids = ids;
      this.traits = traits;
      this.tokens = tokens;
    }

    /** The traits of token {@code id}, which must be the next the records name. */
    TokenTraits next(int id) {
      if (at >= ids.length || ids[at] != id) {
        throw new IllegalStateException("scoring records decoded in another order than their tokens were read");
      }
      return traits[at++];
    }
  }

  /** Every token number of the records' names, record after record. */
  private static int[] tokenNumbers(BytesRef[] records, int count) {
    int[] ids = new int[64];
    int n = 0;
    for (int r = 0; r < count; r++) {
      Input in = new Input(records[r]);
      in.skip(); // id
      in.skip(); // schema
      int names = in.readVInt();
      for (int i = 0; i < names; i++) {
        in.skip(); // property
        in.skip(); // original
        in.skip(); // script
        int tokenCount = in.readVInt();
        if (n + tokenCount > ids.length) ids = java.util.Arrays.copyOf(ids, Math.max(2 * ids.length, n + tokenCount));
        for (int t = 0; t < tokenCount; t++) ids[n++] = in.readVInt();
      }
    }
    return java.util.Arrays.copyOf(ids, n);
  }

  /**
   * Reads the record's strings straight from its bytes (Lucene's {@code readString} copies each into a
   * buffer first), and shares the few values of schemas, properties, scripts, routes and countries
   * between records: decoding made most of a batch's garbage (docs/benchmarks.md, wave 11).
   */
  private static final class Input {
    /** Values of the low-variety fields, by a hash of their bytes; a racing write only costs a miss. */
    private static final String[] SHARED = new String[256];
    private final byte[] bytes;
    private final int end;
    private int at;

    Input(BytesRef ref) {
      this.bytes = ref.bytes;
      this.at = ref.offset;
      this.end = ref.offset + ref.length;
    }

    /** Lucene's variable-length int: seven bits a byte, low bits first. */
    int readVInt() {
      int value = 0;
      for (int shift = 0; ; shift += 7) {
        if (at >= end) throw new IllegalStateException("scoring record ends inside a number: rebuild the index");
        byte b = bytes[at++];
        value |= (b & 0x7F) << shift;
        if (b >= 0) return value;
      }
    }

    /** The next {@code length} bytes' offset. */
    private int take(int length) {
      if (length < 0 || at + length > end) throw new IllegalStateException("scoring record ends inside a string: rebuild the index");
      int from = at;
      at += length;
      return from;
    }

    void skip() {
      take(readVInt());
    }

    String string() {
      int length = readVInt();
      int from = take(length);
      return length == 0 ? "" : new String(bytes, from, length, StandardCharsets.UTF_8);
    }

    /** A short ASCII value seen before is returned as the same string; anything else as {@link #string}. */
    String shared() {
      int length = readVInt();
      int from = take(length);
      if (length == 0) return "";
      int hash = length;
      for (int i = from; i < from + length; i++) hash = 31 * hash + bytes[i];
      int slot = (hash ^ hash >>> 8) & (SHARED.length - 1);
      String known = SHARED[slot];
      if (known != null && sameAscii(known, from, length)) return known;
      String s = new String(bytes, from, length, StandardCharsets.UTF_8);
      if (length <= 32) SHARED[slot] = s;
      return s;
    }

    private boolean sameAscii(String s, int from, int length) {
      if (s.length() != length) return false;
      for (int i = 0; i < length; i++) if (s.charAt(i) != bytes[from + i]) return false;
      return true;
    }
  }

  /** The bytes of one analysed name: what the index's analyzer fingerprint is made of. */
  static byte[] encodeName(Name n) {
    ByteBuffersDataOutput out = new ByteBuffersDataOutput();
    try {
      writeName(out, n, null);
    } catch (IOException e) {
      throw new IllegalStateException("writing to memory cannot fail", e);
    }
    return out.toArrayCopy();
  }

  /** A name, each token written whole or, given a vocabulary, as its number there. */
  private static void writeName(DataOutput out, Name n, TokenVocabulary.Builder vocabulary) throws IOException {
    AnalyzedName a = n.analyzed();
    out.writeString(orEmpty(n.prop()));
    out.writeString(orEmpty(a.original()));
    out.writeString(orEmpty(a.script()));
    out.writeVInt(a.tokens().size());
    for (NameToken t : a.tokens()) {
      if (vocabulary == null) {
        TokenVocabulary.writeToken(out, t);
      } else {
        out.writeVInt(vocabulary.id(t));
      }
    }
  }

  private static Name readName(Input in, IntFunction<TokenTraits> vocabulary) {
    String prop = in.shared();
    String original = in.string();
    String script = in.shared();
    int count = in.readVInt();
    List<NameToken> tokens = new ArrayList<>(count);
    TokenTraits[] traits = new TokenTraits[count];
    for (int i = 0; i < count; i++) {
      traits[i] = vocabulary.apply(in.readVInt());
      tokens.add(traits[i].token());
    }
    return new Name(prop, new AnalyzedName(original, script, tokens), traits);
  }

  private static String orEmpty(String s) {
    return TokenVocabulary.orEmpty(s);
  }

  private static void writeStrings(DataOutput out, Collection<String> values) throws IOException {
    out.writeVInt(values.size());
    for (String v : values) out.writeString(v);
  }

}
