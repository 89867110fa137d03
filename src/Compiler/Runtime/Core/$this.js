// requires: $NullReferenceException
// The receiver of an instance call (o.ToString(), o.Equals(x)…): calling through null throws, as in .NET.
function $this(value) {
  if (value == null) throw new $NullReferenceException();
  return value;
}
