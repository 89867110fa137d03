// requires: $seq $source
// Enumerable.Concat(first, second); also Append/Prepend with a one-item array.
function $concat(first, second) {
  $source(first);
  $source(second);
  return $seq(function* () {
    yield* first;
    yield* second;
  });
}
