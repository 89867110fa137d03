// requires: $eq
// .NET's default equality for keys and elements: tuples (arrays) item by item, records through Equals, NaN equal
// to NaN, everything else by identity.
function $keyEq(a, b) {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!$keyEq(a[i], b[i])) return false;
    return true;
  }
  return $eq(a, b);
}
