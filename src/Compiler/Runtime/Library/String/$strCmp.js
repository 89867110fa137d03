// requires: $caseFold
// string.Compare/CompareOrdinal/CompareTo under invariant globalization: ordinal, the difference of the first
// differing UTF-16 units, else of the lengths; null sorts first.
function $strCmp(a, b, ignoreCase) {
  if (a === b) return 0;
  if (a == null) return -1;
  if (b == null) return 1;
  if (ignoreCase) { a = $caseFold(a); b = $caseFold(b); }
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = a.charCodeAt(i) - b.charCodeAt(i);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}
