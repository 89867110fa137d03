// requires: $hash
// The hash of a dictionary/set key under .NET's default equality: tuples (arrays) combine their items, everything
// else uses the runtime hash (GetHashCode for records and compiled classes).
function $keyHash(key) {
  if (Array.isArray(key)) {
    let h = 17;
    for (const item of key) h = (Math.imul(h, 31) + $keyHash(item)) | 0;
    return h;
  }
  return $hash(key);
}
