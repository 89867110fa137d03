// requires: $OverflowException
// The result of 64-bit integer arithmetic: exact while it stays within ±(2^53 − 1) (ulong: 0 … 2^53 − 1); beyond that
// a JavaScript number cannot hold it exactly, so the program stops with an OverflowException instead of printing a
// wrong number.
function $lchk(value, min) {
  if (value <= 9007199254740991 && value >= min) return value + 0;
  throw new $OverflowException("The result of a 64-bit integer operation left the range JavaScript numbers hold exactly (\u00b12^53).");
}
