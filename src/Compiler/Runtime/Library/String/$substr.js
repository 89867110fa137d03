// requires: $argRange $argNonNegative
// s.Substring(start) / s.Substring(start, length) with .NET's argument checks.
function $substr(s, start, length) {
  const n = s.length;
  if (length === undefined) length = n - start;
  if (start < 0 || length < 0 || start + length > n) {
    $argNonNegative(start, "startIndex");
    if (start > n) throw $argRange("startIndex", "startIndex cannot be larger than length of string.");
    $argNonNegative(length, "length");
    throw $argRange("length", "Index and length must refer to a location within the string.");
  }
  return s.substring(start, start + length);
}
