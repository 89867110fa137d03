// requires: $roundEven $OverflowException
// Convert.ToInt32(double) (and the other integral Convert.ToXxx): rounds ties to even, then checks the range.
function $toInt32(x, min, max, typeName) {
  const r = $roundEven(x);
  if (!(r >= min && r <= max)) {
    throw new $OverflowException("Value was either too large or too small for " + (/^[AEIOU]/.test(typeName) ? "an " : "a ") + typeName + ".");
  }
  return r === 0 ? 0 : r;
}
