// requires: $OverflowException
// A checked integer result: OverflowException outside [min, max]; + 0 turns a -0 product (0 * -1) into .NET's 0.
function $checked(value, min, max) {
  if (!(value >= min && value <= max)) throw new $OverflowException();
  return value + 0;
}
