// requires: $eq
function $tupleEq(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!$eq(a[i], b[i])) return false;
  return true;
}
