// requires: $KeyMap $KeyValuePair $str $keyEq $KeyNotFoundException $ArgumentException $ArgumentNullException
// Dictionary<K,V> over an insertion-ordered map (see $KeyMap for the key modes). Enumerates KeyValuePairs.
class $Dictionary extends $KeyMap {
  constructor(mode, source) {
    super(mode);
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
    if (this.$find(this.$key(key)) !== undefined) {
      throw new $ArgumentException("An item with the same key has already been added. Key: " + $str(key));
    }
    this.$put(key, value);
  }
  TryAdd(key, value) {
    if (this.$find(this.$key(key)) !== undefined) return false;
    this.$put(key, value);
    return true;
  }
  ContainsKey(key) {
    return this.$find(this.$key(key)) !== undefined;
  }
  ContainsValue(value) {
    for (const entry of this.$map.values()) if ($keyEq(entry[1], value)) return true;
    return false;
  }
  Remove(key) {
    return this.$delete(this.$key(key));
  }
  Clear() {
    this.$clear();
  }
  /** The [key, value] entry for TryGetValue/Remove(key, out value), or null. */
  $entry(key) {
    return this.$find(this.$key(key)) ?? null;
  }
  GetValueOrDefault(key, fallback) {
    const entry = this.$find(this.$key(key));
    return entry === undefined ? fallback : entry[1];
  }
  get Keys() {
    return Array.from(this.$map.values(), entry => entry[0]);
  }
  get Values() {
    return Array.from(this.$map.values(), entry => entry[1]);
  }
  *[Symbol.iterator]() {
    for (const entry of this.$map.values()) yield new $KeyValuePair(entry[0], entry[1]);
  }
}
