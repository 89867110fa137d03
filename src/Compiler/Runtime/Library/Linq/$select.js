// requires: $seq $source
// Enumerable.Select(source, selector) (the selector also receives the index). Over an array or list, Last(),
// ElementAt and Any() reach single elements without running the selector on the others, as .NET's select iterator
// does (`$selectOf`, `$selector`).
function $select(source, selector) {
  $source(source);
  const selected = $seq(function* () {
    let i = 0;
    for (const item of source) yield selector(item, i++);
  });
  if (Array.isArray(source)) {
    selected.$selectOf = source;
    selected.$selector = selector;
  }
  return selected;
}
