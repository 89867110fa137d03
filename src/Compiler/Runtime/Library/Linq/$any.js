// requires: $source
// Enumerable.Any(source[, predicate]).
function $any(source, predicate) {
  for (const item of $source(source)) if (!predicate || predicate(item)) return true;
  return false;
}
