// requires: $KeyMap $Grouping $source
// ILookup<K,T> from ToLookup: groups in order of first appearance; a missing key gives an empty sequence.
class $Lookup extends $KeyMap {
  constructor(source, key, element, spec) {
    super(spec, true);
    for (const item of $source(source)) {
      const k = key(item);
      this.$findOrAdd(k, [])[1].push(element ? element(item) : item);
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
    for (const [k, items] of this.$values()) yield new $Grouping(k, items);
  }
}
