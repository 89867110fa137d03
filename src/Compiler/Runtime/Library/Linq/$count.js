// requires: $source
// Enumerable.Count(source[, predicate]); arrays answer without enumerating, an ordered sequence counts its source
// (no keys computed, as in .NET).
function $count(source, predicate) {
  if (!predicate && $source(source).$tryEdge) return $count(source.$source);
  if (!predicate && Array.isArray($source(source))) return source.length;
  if (!predicate && typeof source.Count === "number") return source.Count;
  let n = 0;
  for (const item of source) if (!predicate || predicate(item)) n++;
  return n;
}
