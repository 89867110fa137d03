// requires: $source $compare $InvalidOperationException
// Enumerable.Min/Max(source[, selector]) (sign -1 for Min, 1 for Max). Nulls are skipped; an empty sequence gives
// null when `nullable` (reference or nullable types) and throws otherwise. For doubles Min returns NaN if any
// item is NaN and Max ignores NaN unless all are, as .NET does.
function $minMax(source, selector, sign, nullable) {
  let found = false, best;
  for (const item of $source(source)) {
    const value = selector ? selector(item) : item;
    if (value == null) continue;
    if (!found) { found = true; best = value; continue; }
    if (typeof value === "number") {
      if (sign < 0 ? value < best || value !== value : value > best || best !== best) best = value;
      if (sign < 0 && best !== best) return best;
    } else if ($compare(value, best) * sign > 0) {
      best = value;
    }
  }
  if (found) return best;
  if (nullable) return null;
  throw new $InvalidOperationException("Sequence contains no elements");
}
