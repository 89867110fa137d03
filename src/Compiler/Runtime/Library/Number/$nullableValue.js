// requires: $InvalidOperationException
// Nullable<T>.Value: the value, or InvalidOperationException for null.
function $nullableValue(value) {
  if (value == null) throw new $InvalidOperationException("Nullable object must have a value.");
  return value;
}
