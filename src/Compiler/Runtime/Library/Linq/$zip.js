// requires: $seq $source
// Enumerable.Zip(first, second[, resultSelector]); without a selector the pairs are tuples (arrays).
function $zip(first, second, result) {
  $source(first);
  $source(second);
  return $seq(function* () {
    const a = first[Symbol.iterator](), b = second[Symbol.iterator]();
    for (;;) {
      const x = a.next(), y = b.next();
      if (x.done || y.done) return;
      yield result ? result(x.value, y.value) : [x.value, y.value];
    }
  });
}
