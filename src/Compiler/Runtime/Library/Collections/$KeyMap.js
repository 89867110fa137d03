// requires: $caseFold $keyHash $keyEq
// Key → value storage behind Dictionary, HashSet and the LINQ lookups, laid out as .NET lays them out: entries in
// insertion order, a removed entry's slot reused by the next insertion (the last removed first), so enumeration
// after removals follows .NET. `spec` says how keys compare: 0 JavaScript identity (strings, numbers, enums, bools,
// plain classes); 1 .NET's default equality (records, tuples, Equals overrides); 2 strings ignoring case
// (StringComparer.OrdinalIgnoreCase); or an IEqualityComparer object ($cmpEq/$cmpHash), called as .NET calls it:
// GetHashCode once per operation (never for null, whose hash is 0), then Equals(stored key, key) on the entries with
// that hash code, the newest first. `masked`: hash codes compared without their sign bit (LINQ's Lookup does so).
// Entries are arrays [key, value, slot, hash].
class $KeyMap {
  constructor(spec, masked) {
    this.$spec = spec;
    this.$cmp = typeof spec === "object" && spec !== null ? spec : null;
    this.$mode = this.$cmp ? 3 : spec | 0;
    this.$masked = masked === true;
    this.$index = this.$mode === 0 || this.$mode === 2 ? new Map() : null;
    this.$buckets = this.$index ? null : new Map();
    this.$entries = [];
    this.$free = [];
  }
  $hashOf(key) {
    if (this.$mode === 1) return $keyHash(key);
    const hash = key == null ? 0 : this.$cmp.$cmpHash(key) | 0;
    return this.$masked ? hash & 0x7fffffff : hash;
  }
  $slotOf(key) {
    return this.$mode === 2 && key != null ? $caseFold(key) : key;
  }
  $lookup(key, hash) {
    const bucket = this.$buckets.get(hash);
    if (bucket === undefined) return undefined;
    for (let i = bucket.length - 1; i >= 0; i--) {
      const known = bucket[i][0];
      if (this.$mode === 1 ? $keyEq(known, key) : this.$cmp.$cmpEq(known, key)) return bucket[i];
    }
    return undefined;
  }
  /** The entry of `key`, or undefined. */
  $find(key) {
    return this.$index ? this.$index.get(this.$slotOf(key)) : this.$lookup(key, this.$hashOf(key));
  }
  /** The entry of `key`; when there is none, a new entry holding `value` (`created` tells which). */
  $findOrAdd(key, value) {
    const hash = this.$index ? 0 : this.$hashOf(key);
    const found = this.$index ? this.$index.get(this.$slotOf(key)) : this.$lookup(key, hash);
    if (found !== undefined) {
      this.created = false;
      return found;
    }
    const slot = this.$free.length > 0 ? this.$free.pop() : this.$entries.length;
    const entry = [key, value, slot, hash];
    this.$entries[slot] = entry;
    if (this.$index) this.$index.set(this.$slotOf(key), entry);
    else {
      const bucket = this.$buckets.get(hash);
      if (bucket === undefined) this.$buckets.set(hash, [entry]); else bucket.push(entry);
    }
    this.created = true;
    return entry;
  }
  /** Adds `key` → `value` unless `key` is present; false (and no change) when it is. */
  $add(key, value) {
    this.$findOrAdd(key, value);
    return this.created;
  }
  /** Sets the value of `key`, adding the key when new (a present key keeps its stored form). */
  $put(key, value) {
    this.$findOrAdd(key, value)[1] = value;
  }
  /** Removes `key`: its entry, or null when absent. */
  $take(key) {
    let entry;
    if (this.$index) {
      const slot = this.$slotOf(key);
      entry = this.$index.get(slot);
      if (entry === undefined) return null;
      this.$index.delete(slot);
    } else {
      const hash = this.$hashOf(key);
      entry = this.$lookup(key, hash);
      if (entry === undefined) return null;
      const bucket = this.$buckets.get(hash);
      bucket.splice(bucket.indexOf(entry), 1);
    }
    this.$entries[entry[2]] = null;
    this.$free.push(entry[2]);
    return entry;
  }
  $delete(key) {
    return this.$take(key) !== null;
  }
  $clear() {
    if (this.$index) this.$index.clear(); else this.$buckets.clear();
    this.$entries = [];
    this.$free = [];
  }
  /** The live entries in .NET's enumeration order. */
  *$values() {
    for (const entry of this.$entries) if (entry) yield entry;
  }
  get Count() {
    return this.$entries.length - this.$free.length;
  }
}
