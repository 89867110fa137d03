// requires: $argNonNegative
// s.PadLeft(width, c) (left = true) / s.PadRight(width, c); `c` is a char code.
function $pad(s, width, c, left) {
  $argNonNegative(width, "totalWidth");
  const fill = String.fromCharCode(c);
  return left ? s.padStart(width, fill) : s.padEnd(width, fill);
}
