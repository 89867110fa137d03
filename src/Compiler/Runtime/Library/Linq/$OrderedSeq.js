// requires: $compare $source
// The result of OrderBy/ThenBy: a lazy sequence sorted stably by a chain of keys, as .NET's OrderBy is.
class $OrderedSeq {
  constructor(source, keys) {
    this.$source = $source(source);
    this.$keys = keys;
  }
  /** ThenBy/ThenByDescending: a new ordering with one more key. */
  $then(key, comparer, descending) {
    return new $OrderedSeq(this.$source, [...this.$keys, { key, comparer: comparer ?? $compare, descending }]);
  }
  *[Symbol.iterator]() {
    const items = Array.from(this.$source);
    const keys = this.$keys.map(k => items.map(item => k.key(item)));
    const order = items.map((_, i) => i);
    order.sort((a, b) => {
      for (let level = 0; level < this.$keys.length; level++) {
        const { comparer, descending } = this.$keys[level];
        const c = comparer(keys[level][a], keys[level][b]);
        if (c !== 0) return descending ? -c : c;
      }
      return a - b;
    });
    for (const i of order) yield items[i];
  }
}
