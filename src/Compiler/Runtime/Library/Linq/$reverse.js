// requires: $seq $source
// Enumerable.Reverse(source): lazily, from a snapshot taken when enumerated.
function $reverse(source) {
  $source(source);
  return $seq(function* () {
    const items = Array.from(source);
    for (let i = items.length - 1; i >= 0; i--) yield items[i];
  });
}
