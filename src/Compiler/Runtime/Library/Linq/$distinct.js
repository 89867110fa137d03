// requires: $seq $source $KeyMap
// Enumerable.Distinct(source) / DistinctBy(source, keySelector): first occurrences in order; `spec` is the key
// equality ($KeyMap modes or a comparer, used as .NET's HashSet uses it).
function $distinct(source, key, spec) {
  $source(source);
  return $seq(function* () {
    const seen = new $KeyMap(spec);
    for (const item of source) if (seen.$add(key ? key(item) : item, true)) yield item;
  });
}
