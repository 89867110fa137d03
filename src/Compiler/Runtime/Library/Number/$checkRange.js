// requires: $OverflowException
// Convert.ToXxx between integral types: the same value, or OverflowException when it does not fit.
function $checkRange(x, min, max, typeName) {
  if (x < min || x > max) {
    throw new $OverflowException("Value was either too large or too small for " + (/^[AEIOU]/.test(typeName) ? "an " : "a ") + typeName + ".");
  }
  return x;
}
