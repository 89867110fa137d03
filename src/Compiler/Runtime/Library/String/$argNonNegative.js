// requires: $argRange
// .NET's ArgumentOutOfRangeException.ThrowIfNegative.
function $argNonNegative(value, paramName) {
  if (value < 0) throw $argRange(paramName, paramName + " ('" + value + "') must be a non-negative value.", value);
}
