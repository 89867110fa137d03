// requires: $keyEq
// Equals between anonymous-type objects (plain object literals): the same properties with equal values.
function $anonEq(a, b) {
  if (a === b) return true;
  if (a == null || b == null || typeof b !== "object") return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every(k => Object.prototype.hasOwnProperty.call(b, k) && $keyEq(a[k], b[k]));
}
