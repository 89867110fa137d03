// requires: $seq $source
// Enumerable.SelectMany(source, collectionSelector[, resultSelector]).
function $selectMany(source, collection, result) {
  $source(source);
  return $seq(function* () {
    let i = 0;
    for (const item of source) {
      for (const inner of collection(item, i++)) yield result ? result(item, inner) : inner;
    }
  });
}
