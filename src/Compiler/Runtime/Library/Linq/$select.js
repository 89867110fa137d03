// requires: $seq $source
// Enumerable.Select(source, selector) (the selector also receives the index).
function $select(source, selector) {
  $source(source);
  return $seq(function* () {
    let i = 0;
    for (const item of source) yield selector(item, i++);
  });
}
