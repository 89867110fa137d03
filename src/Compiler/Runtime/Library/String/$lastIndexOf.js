// requires: $argRange $caseFold $ArgumentNullException
// s.LastIndexOf(value[, startIndex]) for a string value: the match must end at or before startIndex.
function $lastIndexOf(s, value, startIndex, ignoreCase) {
  if (value == null) throw new $ArgumentNullException(null, null, "value");
  const n = s.length;
  let start = startIndex ?? n - 1;
  if (n === 0) return value.length === 0 ? 0 : -1;
  if (start === n) start--;
  if (start < 0 || start >= n) {
    throw $argRange("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
  }
  if (value.length === 0) return startIndex === undefined ? n : start + 1;
  const from = start - value.length + 1;
  if (from < 0) return -1;
  return ignoreCase ? $caseFold(s).lastIndexOf($caseFold(value), from) : s.lastIndexOf(value, from);
}
