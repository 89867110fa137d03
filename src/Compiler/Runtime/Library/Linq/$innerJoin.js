// requires: $seq $source $joinLookup
// Enumerable.Join(outer, inner, outerKey, innerKey, result): for each outer item in order, its matching inner
// items in order. As in .NET, the inner side is read only once the outer side has an item, and an inner side
// without keys ends the join before any outer key is computed.
function $innerJoin(outer, inner, outerKey, innerKey, result, mode) {
  $source(outer, "outer");
  $source(inner, "inner");
  return $seq(function* () {
    let lookup;
    for (const item of outer) {
      if (lookup === undefined) {
        lookup = $joinLookup(inner, innerKey, mode);
        if (lookup.$map.size === 0) return;
      }
      const k = outerKey(item);
      const entry = k == null ? undefined : lookup.$find(k);
      if (entry) for (const match of entry[1]) yield result(item, match);
    }
  });
}
