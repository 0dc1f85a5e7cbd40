package org.fairpact.analysis.classification;

/**
 * A 64-bit hash of feature names that can be computed over a name's pieces without building the
 * name, so classifying a clause does not allocate a string per n-gram: FNV-1a over the UTF-16
 * units, finished with MurmurHash3's 64-bit mix. Among the 10^5 features of a model and the 10^3
 * n-grams of a clause, a collision between an unknown n-gram and a known feature has a chance in
 * the order of 10^-11 per clause.
 */
final class FeatureHash {

  private static final long OFFSET = 0xcbf29ce484222325L;
  private static final long PRIME = 0x100000001b3L;

  private long state = OFFSET;

  /** Hash of a whole name. */
  static long of(CharSequence name) {
    return new FeatureHash().add(name, 0, name.length()).value();
  }

  FeatureHash add(char c) {
    state = (state ^ c) * PRIME;
    return this;
  }

  FeatureHash add(CharSequence chars, int start, int end) {
    long h = state;
    for (int i = start; i < end; i++) {
      h = (h ^ chars.charAt(i)) * PRIME;
    }
    state = h;
    return this;
  }

  /** Continues from another hash's state. */
  FeatureHash from(FeatureHash other) {
    state = other.state;
    return this;
  }

  long value() {
    long h = state;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
