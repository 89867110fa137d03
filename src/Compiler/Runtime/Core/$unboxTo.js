// requires: $Box $NullReferenceException $InvalidCastException
// An unboxing conversion `(T)o`: int is a plain number, every other boxed kind must be a $Box of exactly that kind.
function $unboxTo(value, kind, nullable) {
  if (value == null) {
    if (nullable) return null;
    throw new $NullReferenceException();
  }
  if (kind === "int" ? typeof value === "number" : value instanceof $Box && value.k === kind) return kind === "int" ? value : value.v;
  throw new $InvalidCastException();
}
