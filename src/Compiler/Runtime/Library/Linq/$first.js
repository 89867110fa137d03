// requires: $source $edge $InvalidOperationException
// Enumerable.First/FirstOrDefault(source[, predicate][, default]): `orDefault` says which, `fallback` is the default.
// Without a predicate the first element is found as .NET's iterators find it ($edge: an ordered sequence compares
// keys element by element); with one .NET enumerates (an ordered sequence sorts), as here.
function $first(source, predicate, orDefault, fallback) {
  $source(source);
  if (!predicate) {
    const [found, value] = $edge(source, false);
    if (found) return value;
  } else {
    for (const item of source) if (predicate(item)) return item;
  }
  if (orDefault) return fallback;
  throw new $InvalidOperationException(predicate ? "Sequence contains no matching element" : "Sequence contains no elements");
}
