// requires: $caseFold
// string.Equals(a, b, comparison) for OrdinalIgnoreCase (and the culture variants, ordinal under invariant globalization).
function $strEq(a, b, ignoreCase) {
  if (a === b) return true;
  if (a == null || b == null || a.length !== b.length) return false;
  return ignoreCase ? $caseFold(a) === $caseFold(b) : false;
}
