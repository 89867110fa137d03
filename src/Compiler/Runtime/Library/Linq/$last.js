// requires: $source $InvalidOperationException
// Enumerable.Last/LastOrDefault(source[, predicate][, default]).
function $last(source, predicate, orDefault, fallback) {
  let found = false, last;
  for (const item of $source(source)) if (!predicate || predicate(item)) { found = true; last = item; }
  if (found) return last;
  if (orDefault) return fallback;
  throw new $InvalidOperationException(predicate ? "Sequence contains no matching element" : "Sequence contains no elements");
}
