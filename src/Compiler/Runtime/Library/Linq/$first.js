// requires: $source $InvalidOperationException
// Enumerable.First/FirstOrDefault(source[, predicate][, default]): `orDefault` says which, `fallback` is the default.
// First() of an ordered sequence compares keys as .NET's ordered iterator does ($OrderedSeq.$tryEdge); with a
// predicate .NET sorts the whole sequence, as enumerating does here.
function $first(source, predicate, orDefault, fallback) {
  if (!predicate && $source(source).$tryEdge) {
    const [found, value] = source.$tryEdge(true);
    if (found) return value;
  } else if (!predicate && source.$itemAt) {
    if (source.$size() > 0) return source.$itemAt(0);
  } else for (const item of $source(source)) if (!predicate || predicate(item)) return item;
  if (orDefault) return fallback;
  throw new $InvalidOperationException(predicate ? "Sequence contains no matching element" : "Sequence contains no elements");
}
