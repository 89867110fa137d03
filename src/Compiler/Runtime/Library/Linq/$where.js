// requires: $seq $source
// Enumerable.Where(source, predicate) (the predicate also receives the index).
function $where(source, predicate) {
  $source(source);
  return $seq(function* () {
    let i = 0;
    for (const item of source) if (predicate(item, i++)) yield item;
  });
}
