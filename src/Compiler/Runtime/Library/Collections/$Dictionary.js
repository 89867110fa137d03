// requires: $KeyMap $KeyValuePair $str $keyEq $KeyNotFoundException $ArgumentException $ArgumentNullException
// Dictionary<K,V> over an insertion-ordered map (see $KeyMap for the key modes). Enumerates KeyValuePairs.
class $Dictionary extends $KeyMap {
  constructor(spec, source) {
    super(spec);
    if (source != null) for (const pair of source) this.Add(pair.Key, pair.Value);
  }
  $key(key) {
    if (key == null) throw new $ArgumentNullException(null, null, "key");
    return key;
  }
  get(key) {
    const entry = this.$find(this.$key(key));
    if (entry === undefined) throw new $KeyNotFoundException("The given key '" + $str(key) + "' was not present in the dictionary.");
    return entry[1];
  }
  set(key, value) {
    this.$put(this.$key(key), value);
    return value;
  }
  Add(key, value) {
    if (!this.$add(this.$key(key), value)) {
      throw new $ArgumentException("An item with the same key has already been added. Key: " + $str(key));
    }
  }
  TryAdd(key, value) {
    return this.$add(this.$key(key), value);
  }
  ContainsKey(key) {
    return this.$find(this.$key(key)) !== undefined;
  }
  ContainsValue(value) {
    for (const entry of this.$values()) if ($keyEq(entry[1], value)) return true;
    return false;
  }
  Remove(key) {
    return this.$delete(this.$key(key));
  }
  Clear() {
    this.$clear();
  }
  /** The [key, value] entry for TryGetValue, or null. */
  $entry(key) {
    return this.$find(this.$key(key)) ?? null;
  }
  /** Remove(key, out value): the removed [key, value] entry, or null. */
  $removeEntry(key) {
    return this.$take(this.$key(key));
  }
  GetValueOrDefault(key, fallback) {
    const entry = this.$find(this.$key(key));
    return entry === undefined ? fallback : entry[1];
  }
  get Keys() {
    return Array.from(this.$values(), entry => entry[0]);
  }
  get Values() {
    return Array.from(this.$values(), entry => entry[1]);
  }
  *[Symbol.iterator]() {
    for (const entry of this.$values()) yield new $KeyValuePair(entry[0], entry[1]);
  }
}
