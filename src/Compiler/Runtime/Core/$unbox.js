// requires: $InvalidOperationException $NullReferenceException
function $unbox(value, nullable) {
  if (value == null) {
    if (nullable) throw new $InvalidOperationException("Nullable object must have a value.");
    throw new $NullReferenceException();
  }
  return value;
}
