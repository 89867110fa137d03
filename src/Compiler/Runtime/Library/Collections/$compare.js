// requires: $numCmp $strCmp
// Comparer<T>.Default: null first; numbers with NaN first; strings ordinal (invariant globalization); bools
// false < true; everything else through CompareTo (IComparable).
function $compare(a, b) {
  if (a === b) return 0;
  if (a == null) return -1;
  if (b == null) return 1;
  switch (typeof a) {
    case "number": return $numCmp(a, b);
    case "string": return Math.sign($strCmp(a, b, false));
    case "boolean": return a ? 1 : -1;
  }
  return a.CompareTo(b);
}
