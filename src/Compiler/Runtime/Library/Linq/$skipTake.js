// requires: $seq $source
// Enumerable.Skip(source, n) (take = false) / Take(source, n) (take = true).
function $skipTake(source, count, take) {
  $source(source);
  return $seq(function* () {
    if (take && count <= 0) return;
    let i = 0;
    for (const item of source) {
      if (take) {
        yield item;
        if (++i >= count) return;
      } else if (i++ >= count) {
        yield item;
      }
    }
  });
}
