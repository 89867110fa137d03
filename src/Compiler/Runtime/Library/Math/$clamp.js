// requires: $ArgumentException $numStr
// Math.Clamp(value, min, max).
function $clamp(value, min, max) {
  if (min > max) throw new $ArgumentException("'" + $numStr(min) + "' cannot be greater than " + $numStr(max) + ".");
  return value < min ? min : value > max ? max : value;
}
