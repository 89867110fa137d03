// requires: $argRange $argNonNegative $ArgumentNullException
// s.Insert(startIndex, value).
function $strInsert(s, startIndex, value) {
  if (value == null) throw new $ArgumentNullException(null, null, "value");
  $argNonNegative(startIndex, "startIndex");
  if (startIndex > s.length) {
    throw $argRange("startIndex", "startIndex ('" + startIndex + "') must be less than or equal to '" + s.length + "'.", startIndex);
  }
  return s.slice(0, startIndex) + value + s.slice(startIndex);
}
