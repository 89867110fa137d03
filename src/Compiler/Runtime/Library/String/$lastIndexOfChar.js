// requires: $argRange
// s.LastIndexOf(char, startIndex): searches backwards from startIndex, which must lie inside the string.
function $lastIndexOfChar(s, c, startIndex) {
  if (s.length === 0) return -1;
  if (startIndex < 0 || startIndex >= s.length) {
    throw $argRange("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
  }
  return s.lastIndexOf(String.fromCharCode(c), startIndex);
}
