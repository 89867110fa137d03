// requires: $source $InvalidOperationException
// Enumerable.First/FirstOrDefault(source[, predicate][, default]): `orDefault` says which, `fallback` is the default.
function $first(source, predicate, orDefault, fallback) {
  for (const item of $source(source)) if (!predicate || predicate(item)) return item;
  if (orDefault) return fallback;
  throw new $InvalidOperationException(predicate ? "Sequence contains no matching element" : "Sequence contains no elements");
}
