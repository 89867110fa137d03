// requires: $seq $source
// Enumerable.Skip(source, n) (take = false) / Take(source, n) (take = true).
function $skipTake(source, count, take) {
  $source(source);
  const part = $seq(function* () {
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
  if (!take && source.$tryAt) part.$tryFirst = () => source.$tryAt(Math.max(count, 0));
  if (source.$itemAt) {
    // A part of a selection over an array, list or range still reaches single elements (see $select).
    const from = () => take ? 0 : Math.min(Math.max(count, 0), source.$size());
    part.$size = () => (take ? Math.min(Math.max(count, 0), source.$size()) : source.$size()) - from();
    part.$itemAt = i => source.$itemAt(from() + i);
  }
  return part;
}
