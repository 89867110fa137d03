// requires: $OverflowException
// Math.Abs for a signed integer type whose minimum value is `min` (its negation does not fit).
function $absInt(x, min) {
  if (x === min) throw new $OverflowException("Negating the minimum value of a twos complement number is invalid.");
  return Math.abs(x);
}
