// requires: $seq $source $joinLookup
// Enumerable.GroupJoin(outer, inner, outerKey, innerKey, result) (`join … into`): every outer item in order with
// the sequence of its matching inner items (empty when none match). The inner side is read once the outer side has
// an item.
function $groupJoin(outer, inner, outerKey, innerKey, result, mode) {
  $source(outer, "outer");
  $source(inner, "inner");
  return $seq(function* () {
    let lookup;
    for (const item of outer) {
      if (lookup === undefined) lookup = $joinLookup(inner, innerKey, mode);
      const k = outerKey(item);
      const entry = k == null ? undefined : lookup.$find(k);
      yield result(item, entry ? entry[1] : []);
    }
  });
}
