// requires: $KeyMap $Grouping $source
// ILookup<K,T> from ToLookup: groups in order of first appearance; a missing key gives an empty sequence.
class $Lookup extends $KeyMap {
  constructor(source, key, element, mode) {
    super(mode);
    for (const item of $source(source)) {
      const k = key(item);
      const entry = this.$find(k);
      const value = element ? element(item) : item;
      if (entry) entry[1].push(value); else this.$put(k, [value]);
    }
  }
  get(key) {
    const entry = this.$find(key);
    return entry ? entry[1] : [];
  }
  Contains(key) {
    return this.$find(key) !== undefined;
  }
  *[Symbol.iterator]() {
    for (const [k, items] of this.$map.values()) yield new $Grouping(k, items);
  }
}
