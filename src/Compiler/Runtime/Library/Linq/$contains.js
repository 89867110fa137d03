// requires: $source $keyEq $caseFold
// Enumerable.Contains(source, value): .NET's default equality (ignoreCase for StringComparer.OrdinalIgnoreCase).
function $contains(source, value, ignoreCase) {
  for (const item of $source(source)) {
    if (ignoreCase ? item != null && value != null && $caseFold(item) === $caseFold(value) : $keyEq(item, value)) return true;
  }
  return false;
}
