// requires: $strCmp $caseFold $hash
// StringComparer.Ordinal (ignoreCase false) and StringComparer.OrdinalIgnoreCase (true) as comparer objects.
class $ordinalComparer {
  constructor(ignoreCase) {
    this.$ignoreCase = ignoreCase;
  }
  Compare(a, b) {
    return $strCmp(a, b, this.$ignoreCase);
  }
  Equals(a, b) {
    if (a == null || b == null) return a == b;
    return this.$ignoreCase ? $caseFold(a) === $caseFold(b) : a === b;
  }
  GetHashCode(s) {
    return $hash(this.$ignoreCase ? $caseFold(s) : s);
  }
}
