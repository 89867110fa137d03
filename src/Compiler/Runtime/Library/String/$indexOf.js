// requires: $argRange $caseFold $ArgumentNullException
// s.IndexOf(value[, startIndex[, count]]) for a string value (a char arrives as a one-character string), ordinal,
// optionally ignoring case.
function $indexOf(s, value, startIndex, count, ignoreCase) {
  if (value == null) throw new $ArgumentNullException(null, null, "value");
  const n = s.length;
  const start = startIndex ?? 0;
  if (start < 0 || start > n) {
    throw $argRange("startIndex", "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
  }
  const end = count == null ? n : start + count;
  if (count != null && (count < 0 || end > n)) {
    throw $argRange("count", "Count must be positive and count must refer to a location within the string/array/collection.");
  }
  const found = ignoreCase ? $caseFold(s).indexOf($caseFold(value), start) : s.indexOf(value, start);
  return found >= 0 && found + value.length <= end ? found : -1;
}
