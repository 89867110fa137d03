// requires: $seq $source $KeyMap
// Enumerable.Distinct(source) / DistinctBy(source, keySelector): first occurrences in order; `mode` is the key
// equality ($KeyMap modes).
function $distinct(source, key, mode) {
  $source(source);
  return $seq(function* () {
    const seen = new $KeyMap(mode);
    for (const item of source) {
      const k = key ? key(item) : item;
      if (seen.$find(k) !== undefined) continue;
      seen.$put(k, true);
      yield item;
    }
  });
}
