package org.tiescan.match;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    return decode(new BytesRef[] {bytes}, 1, tokens)[0];
  }

  /**
   * The first {@code count} records {@link #encode} wrote, decoded together: every record is read first (its
   * tokens still numbers), then all their tokens' traits are looked up in one loop and the traits' tokens read
   * in another, and only then the records built. Decoded one by one, each lookup waited on the one before it
   * (a read far into the vocabulary, then one into the traits, then into the token); in loops of nothing else
   * the processor has many of them in flight at once (docs/benchmarks.md, wave 20).
   */
  static ScoringRecord[] decode(BytesRef[] records, int count, TokenVocabulary tokens) {
    Read[] read = new Read[count];
    int total = 0;
    for (int r = 0; r < count; r++) {
      read[r] = Read.of(new Input(records[r]));
      total += read[r].tokenCount();
    }
    int[] numbers = new int[total];
    int n = 0;
    for (Read r : read) for (ReadName name : r.names()) for (int number : name.tokens()) numbers[n++] = number;
    TokenTraits[] traits = new TokenTraits[total];
    for (int i = 0; i < total; i++) traits[i] = tokens.get(numbers[i]);
    NameToken[] decoded = new NameToken[total];
    for (int i = 0; i < total; i++) decoded[i] = traits[i].token();
    ScoringRecord[] out = new ScoringRecord[count];
    int at = 0;
    for (int r = 0; r < count; r++) {
      out[r] = read[r].build(traits, decoded, at);
      at += read[r].tokenCount();
    }
    return out;
  }

  /** A record as read from its bytes, its tokens still their numbers in the vocabulary. */
  private record Read(String id, String schema, List<ReadName> names, Map<String, String> identifiers,
      Set<String> countries) {

    static Read of(Input in) {
      String id = in.string();
      String schema = in.shared();
      int count = in.readVInt();
      List<ReadName> names = new ArrayList<>(count);
      for (int i = 0; i < count; i++) names.add(ReadName.of(in));
      // most entries have no identifier and one country: no hash tables built for them
      count = in.readVInt();
      Map<String, String> identifiers = count == 0 ? Map.of() : new LinkedHashMap<>();
      for (int i = 0; i < count; i++) identifiers.put(in.string(), in.string());
      count = in.readVInt();
      Set<String> countries = count == 0 ? Set.of() : count == 1 ? Set.of(in.shared()) : new LinkedHashSet<>();
      for (int i = countries.size(); i < count; i++) countries.add(in.shared());
      return new Read(id, schema, names, identifiers, countries);
    }

    int tokenCount() {
      int n = 0;
      for (ReadName name : names) n += name.tokens().length;
      return n;
    }

    /** The record, its tokens' traits and tokens those of {@code traits} and {@code tokens} from {@code from} on. */
    ScoringRecord build(TokenTraits[] traits, NameToken[] tokens, int from) {
      List<Name> built = new ArrayList<>(names.size());
      int at = from;
      for (ReadName name : names) {
        int to = at + name.tokens().length;
        AnalyzedName analyzed = new AnalyzedName(name.original(), name.script(), Arrays.asList(tokens).subList(at, to));
        built.add(new Name(name.prop(), analyzed, Arrays.copyOfRange(traits, at, to)));
        at = to;
      }
      return new ScoringRecord(id, schema, built, identifiers, countries);
    }
  }

  /** A name as read from its record: property, original, script and its tokens' numbers. */
  private record ReadName(String prop, String original, String script, int[] tokens) {
    static ReadName of(Input in) {
      String prop = in.shared();
      String original = in.string();
      String script = in.shared();
      int[] tokens = new int[in.readVInt()];
      for (int i = 0; i < tokens.length; i++) tokens[i] = in.readVInt();
      return new ReadName(prop, original, script, tokens);
    }
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

  private static String orEmpty(String s) {
    return TokenVocabulary.orEmpty(s);
  }

  private static void writeStrings(DataOutput out, Collection<String> values) throws IOException {
    out.writeVInt(values.size());
    for (String v : values) out.writeString(v);
  }

}
