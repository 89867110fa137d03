// requires: $source $InvalidOperationException
// Enumerable.Last/LastOrDefault(source[, predicate][, default]); an ordered sequence or a selection over an array
// finds its last element as .NET does (see $OrderedSeq.$tryEdge, $select).
function $last(source, predicate, orDefault, fallback) {
  $source(source);
  let found = false, last;
  if (source.$tryEdge) {
    [found, last] = source.$tryEdge(false, predicate);
  } else if (source.$itemAt && !predicate) {
    if ((found = source.$size() > 0)) last = source.$itemAt(source.$size() - 1);
  } else if (source.$tryAt && !predicate) {
    [found, last] = source.$tryAt(-1);
  } else {
    for (const item of source) if (!predicate || predicate(item)) { found = true; last = item; }
  }
  if (found) return last;
  if (orDefault) return fallback;
  throw new $InvalidOperationException(predicate ? "Sequence contains no matching element" : "Sequence contains no elements");
}
