// requires: $seq $source
// Enumerable.SkipLast (take = false) / TakeLast (take = true).
function $skipTakeLast(source, count, take) {
  $source(source);
  return $seq(function* () {
    const items = Array.from(source);
    const n = Math.max(0, Math.min(count, items.length));
    yield* take ? items.slice(items.length - n) : items.slice(0, items.length - n);
  });
}
