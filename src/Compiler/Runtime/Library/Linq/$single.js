// requires: $source $InvalidOperationException
// Enumerable.Single/SingleOrDefault(source[, predicate][, default]).
function $single(source, predicate, orDefault, fallback) {
  let found = false, single;
  for (const item of $source(source)) {
    if (predicate && !predicate(item)) continue;
    if (found) {
      throw new $InvalidOperationException(predicate ? "Sequence contains more than one matching element" : "Sequence contains more than one element");
    }
    found = true;
    single = item;
  }
  if (found) return single;
  if (orDefault) return fallback;
  throw new $InvalidOperationException(predicate ? "Sequence contains no matching element" : "Sequence contains no elements");
}
