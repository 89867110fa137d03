// requires: $seq $source $KeyMap
// Enumerable.Join (each outer item in order with each matching inner item in order) and, with `group`,
// GroupJoin (`join … into`: every outer item with the sequence of its matches, empty when none). As in .NET, the
// inner side is grouped by key only once the outer side has an item, inner items with a null key match nothing (an
// outer null key is still looked up), and a Join whose inner side has no keys stops before computing any outer key.
function $linqJoin(outer, inner, outerKey, innerKey, result, spec, group) {
  $source(outer, "outer");
  $source(inner, "inner");
  return $seq(function* () {
    let lookup;
    for (const item of outer) {
      if (lookup === undefined) {
        lookup = new $KeyMap(spec, true);
        for (const candidate of inner) {
          const k = innerKey(candidate);
          if (k != null) lookup.$findOrAdd(k, [])[1].push(candidate);
        }
        if (!group && lookup.Count === 0) return;
      }
      const entry = lookup.$find(outerKey(item));
      if (group) yield result(item, entry ? entry[1] : []);
      else if (entry) for (const match of entry[1]) yield result(item, match);
    }
  });
}
