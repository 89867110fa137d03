// requires: $source $keyEq
// Enumerable.SequenceEqual(first, second).
function $sequenceEqual(first, second) {
  const a = Array.from($source(first)), b = Array.from($source(second));
  return a.length === b.length && a.every((x, i) => $keyEq(x, b[i]));
}
