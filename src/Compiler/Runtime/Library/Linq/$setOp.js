// requires: $seq $source $KeyMap
// Enumerable.Union/Intersect/Except (op "union"/"intersect"/"except") and their By variants (key selector;
// for IntersectBy/ExceptBy the second sequence already holds keys: `secondKeys`).
function $setOp(first, second, op, key, mode, secondKeys) {
  $source(first);
  $source(second);
  return $seq(function* () {
    const k = key ?? (x => x);
    const seen = new $KeyMap(mode);
    if (op !== "union") {
      const other = new $KeyMap(mode);
      for (const item of second) other.$put(secondKeys ? item : k(item), true);
      for (const item of first) {
        const kk = k(item);
        const inOther = other.$find(kk) !== undefined;
        if (inOther !== (op === "intersect") || seen.$find(kk) !== undefined) continue;
        seen.$put(kk, true);
        yield item;
      }
      return;
    }
    for (const source of [first, second]) {
      for (const item of source) {
        const kk = k(item);
        if (seen.$find(kk) !== undefined) continue;
        seen.$put(kk, true);
        yield item;
      }
    }
  });
}
