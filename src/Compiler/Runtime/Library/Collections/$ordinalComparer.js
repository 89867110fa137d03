// requires: $strCmp $caseFold $hash $ArgumentNullException
// StringComparer.Ordinal (ignoreCase false) and StringComparer.OrdinalIgnoreCase (true) as comparer objects:
// IComparer's Compare and IEqualityComparer's Equals/GetHashCode ($cmpEq/$cmpHash, the names every equality
// comparer answers to here).
class $ordinalComparer {
  constructor(ignoreCase) {
    this.$ignoreCase = ignoreCase;
  }
  Compare(a, b) {
    return $strCmp(a, b, this.$ignoreCase);
  }
  $cmpEq(a, b) {
    if (a == null || b == null) return a == b;
    return this.$ignoreCase ? $caseFold(a) === $caseFold(b) : a === b;
  }
  $cmpHash(s) {
    if (s == null) throw new $ArgumentNullException(undefined, undefined, "obj");
    return $hash(this.$ignoreCase ? $caseFold(s) : s);
  }
}
