// requires: $Box
// The number inside a boxed value (see $Box); anything else as it is.
function $boxValue(value) {
  return value instanceof $Box ? value.v : value;
}
