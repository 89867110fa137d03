// requires: $argRange $argNonNegative
// s.Remove(startIndex) / s.Remove(startIndex, count).
function $strRemove(s, startIndex, count) {
  $argNonNegative(startIndex, "startIndex");
  if (count === undefined) {
    if (startIndex > s.length) throw $argRange("startIndex", "startIndex cannot be larger than length of string.");
    return s.slice(0, startIndex);
  }
  $argNonNegative(count, "count");
  if (count > s.length - startIndex) {
    throw $argRange("count", "count ('" + count + "') must be less than or equal to '" + (s.length - startIndex) + "'.", count);
  }
  return s.slice(0, startIndex) + s.slice(startIndex + count);
}
