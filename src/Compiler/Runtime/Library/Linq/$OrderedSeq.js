// requires: $compare $source
// The result of OrderBy/ThenBy: a lazy sequence sorted stably by a chain of keys, as .NET's OrderBy is. Enumerating
// computes every key (level by level); First() and Last([predicate]) find their element as .NET's ordered iterator
// does, computing keys only for the elements they look at ($tryEdge), and Count()/Any() need no keys at all.
class $OrderedSeq {
  constructor(source, keys) {
    this.$source = $source(source);
    this.$keys = keys;
  }
  /** ThenBy/ThenByDescending: a new ordering with one more key. */
  $then(key, comparer, descending) {
    return new $OrderedSeq(this.$source, [...this.$keys, { key, comparer: comparer ?? $compare, descending }]);
  }
  /** .NET's TryGetFirst (first) / TryGetLast: keeps the best element so far, comparing keys level by level and
   * computing a deeper key only on a tie or for a new best element. Returns [found, value]. */
  $tryEdge(first, predicate) {
    const levels = this.$keys;
    const best = new Array(levels.length);
    const set = (element, from) => {
      for (let l = from; l < levels.length; l++) best[l] = levels[l].key(element);
    };
    const compare = element => {
      for (let l = 0; l < levels.length; l++) {
        const { key, comparer, descending } = levels[l];
        const k = key(element);
        const c = descending ? comparer(best[l], k) : comparer(k, best[l]);
        if (c === 0) continue;
        if (first === c < 0) {
          best[l] = k;
          set(element, l + 1);
        }
        return c;
      }
      return 0;
    };
    const items = this.$source[Symbol.iterator]();
    let next, value;
    do {
      next = items.next();
      if (next.done) return [false];
      value = next.value;
    } while (predicate && !predicate(value));
    set(value, 0);
    for (next = items.next(); !next.done; next = items.next()) {
      const x = next.value;
      if ((!predicate || predicate(x)) && (first ? compare(x) < 0 : compare(x) >= 0)) value = x;
    }
    return [true, value];
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
