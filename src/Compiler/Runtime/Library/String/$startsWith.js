// requires: $strEq $ArgumentNullException
// s.StartsWith(value, comparison) / s.EndsWith(value, comparison) (atEnd = true), ordinal, optionally ignoring case.
function $startsWith(s, value, ignoreCase, atEnd) {
  if (value == null) throw new $ArgumentNullException(null, null, "value");
  if (value.length > s.length) return false;
  const part = atEnd ? s.slice(s.length - value.length) : s.slice(0, value.length);
  return $strEq(part, value, ignoreCase);
}
