// requires: $source
// Enumerable.All(source, predicate).
function $all(source, predicate) {
  for (const item of $source(source)) if (!predicate(item)) return false;
  return true;
}
