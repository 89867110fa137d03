// requires: $source $compare $InvalidOperationException
// Enumerable.MinBy/MaxBy(source, keySelector) (sign -1 / 1): the first item with the extreme key.
function $minMaxBy(source, key, sign, nullable) {
  let found = false, best, bestKey;
  for (const item of $source(source)) {
    const k = key(item);
    if (!found || (k != null && (bestKey == null || $compare(k, bestKey) * sign > 0))) {
      found = true; best = item; bestKey = k;
    }
  }
  if (found) return best;
  if (nullable) return null;
  throw new $InvalidOperationException("Sequence contains no elements");
}
