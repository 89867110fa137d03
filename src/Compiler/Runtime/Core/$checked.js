// requires: $OverflowException
function $checked(value, min, max) {
  if (!(value >= min && value <= max)) throw new $OverflowException();
  return value;
}
