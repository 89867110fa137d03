// requires: $source $InvalidOperationException
// Enumerable.Aggregate(source, func) / (source, seed, func[, resultSelector]); `hasSeed` tells the forms apart.
function $aggregate(source, hasSeed, seed, func, result) {
  let acc = seed, started = hasSeed;
  for (const item of $source(source)) {
    if (!started) { acc = item; started = true; continue; }
    acc = func(acc, item);
  }
  if (!started) throw new $InvalidOperationException("Sequence contains no elements");
  return result ? result(acc) : acc;
}
