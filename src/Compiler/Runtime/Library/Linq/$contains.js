// requires: $source $keyEq $caseFold
// Enumerable.Contains(source, value[, comparer]): .NET's default equality; `comparer` is true for
// StringComparer.OrdinalIgnoreCase or an IEqualityComparer object called as Equals(element, value).
function $contains(source, value, comparer) {
  for (const item of $source(source)) {
    if (comparer === true ? item != null && value != null && $caseFold(item) === $caseFold(value)
      : comparer ? comparer.$cmpEq(item, value) : $keyEq(item, value)) return true;
  }
  return false;
}
