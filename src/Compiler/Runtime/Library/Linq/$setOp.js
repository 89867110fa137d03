// requires: $seq $source $KeyMap
// Enumerable.Union/Intersect/Except (op "union"/"intersect"/"except") and their By variants (key selector; for
// IntersectBy/ExceptBy the second sequence already holds keys: `secondKeys`), as .NET runs them: Union adds every
// item of both to one set and yields the new ones; Intersect and Except fill a set from the second sequence, then
// Intersect yields the items of the first it removes from that set, Except those it adds to it.
function $setOp(first, second, op, key, spec, secondKeys) {
  $source(first);
  $source(second);
  return $seq(function* () {
    const k = key ?? (x => x);
    const set = new $KeyMap(spec);
    if (op === "union") {
      for (const source of [first, second]) for (const item of source) if (set.$add(k(item), true)) yield item;
      return;
    }
    for (const item of second) set.$add(secondKeys ? item : k(item), true);
    for (const item of first) {
      if (op === "intersect" ? set.$delete(k(item)) : set.$add(k(item), true)) yield item;
    }
  });
}
