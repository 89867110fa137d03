// requires: $seq $source $KeyMap
// Enumerable.Join(outer, inner, outerKey, innerKey, result): for each outer item in order, its matching inner
// items in order.
function $innerJoin(outer, inner, outerKey, innerKey, result, mode) {
  $source(outer);
  $source(inner);
  return $seq(function* () {
    const lookup = new $KeyMap(mode);
    for (const item of inner) {
      const k = innerKey(item);
      if (k == null) continue;
      const entry = lookup.$find(k);
      if (entry) entry[1].push(item); else lookup.$put(k, [item]);
    }
    for (const item of outer) {
      const k = outerKey(item);
      const entry = k == null ? undefined : lookup.$find(k);
      if (entry) for (const match of entry[1]) yield result(item, match);
    }
  });
}
