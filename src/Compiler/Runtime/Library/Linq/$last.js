// requires: $source $edge $InvalidOperationException
// Enumerable.Last/LastOrDefault(source[, predicate][, default]); without a predicate the last element is found as
// .NET's iterators find it ($edge), with one an ordered sequence compares keys element by element as .NET's does.
function $last(source, predicate, orDefault, fallback) {
  $source(source);
  let found = false, last;
  if (!predicate) [found, last] = $edge(source, true);
  else if (source.$tryEdge) [found, last] = source.$tryEdge(false, predicate);
  else for (const item of source) if (predicate(item)) { found = true; last = item; }
  if (found) return last;
  if (orDefault) return fallback;
  throw new $InvalidOperationException(predicate ? "Sequence contains no matching element" : "Sequence contains no elements");
}
