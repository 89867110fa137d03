// requires: $argNonNegative
// new string(c, count).
function $repeatChar(c, count) {
  $argNonNegative(count, "count");
  return String.fromCharCode(c).repeat(count);
}
