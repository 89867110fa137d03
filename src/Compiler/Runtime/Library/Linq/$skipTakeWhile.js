// requires: $seq $source
// Enumerable.SkipWhile (take = false) / TakeWhile (take = true); the predicate also receives the index.
function $skipTakeWhile(source, predicate, take) {
  $source(source);
  return $seq(function* () {
    let i = 0, skipping = true;
    for (const item of source) {
      if (take) {
        if (!predicate(item, i++)) return;
        yield item;
      } else {
        if (skipping && predicate(item, i++)) continue;
        skipping = false;
        yield item;
      }
    }
  });
}
