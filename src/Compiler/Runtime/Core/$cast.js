// requires: $InvalidCastException
function $cast(value, test) {
  if (value == null || test(value)) return value;
  throw new $InvalidCastException();
}
