// requires: $source
// Enumerable.Count(source[, predicate]); arrays answer without enumerating.
function $count(source, predicate) {
  if (!predicate && Array.isArray($source(source))) return source.length;
  if (!predicate && typeof source.Count === "number") return source.Count;
  let n = 0;
  for (const item of source) if (!predicate || predicate(item)) n++;
  return n;
}
