// requires: $source $InvalidOperationException
// Enumerable.Average(source[, selector]); `nullable` returns null for an empty sequence instead of throwing.
function $average(source, selector, nullable) {
  let total = 0, n = 0;
  for (const item of $source(source)) {
    const value = selector ? selector(item) : item;
    if (value == null) continue;
    total += value;
    n++;
  }
  if (n === 0) {
    if (nullable) return null;
    throw new $InvalidOperationException("Sequence contains no elements");
  }
  return total / n;
}
