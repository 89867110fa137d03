// requires: $substr $argRange
// A range x[a..b] of a string (Substring rules) or of an array/list (a copied sub-array).
function $slice(source, start, end) {
  if (typeof source === "string") return $substr(source, start, end - start);
  if (!(start >= 0 && end <= source.length && start <= end)) {
    throw $argRange("length", "Specified argument was out of the range of valid values.");
  }
  return source.slice(start, end);
}
