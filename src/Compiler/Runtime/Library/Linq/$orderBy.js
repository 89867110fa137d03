// requires: $OrderedSeq $compare
// Enumerable.OrderBy/OrderByDescending(source, keySelector[, comparer]); Order() passes an identity key.
function $orderBy(source, key, comparer, descending) {
  return new $OrderedSeq(source, [{ key, comparer: comparer ?? $compare, descending }]);
}
