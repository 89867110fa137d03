// requires: $seq $source $KeyMap $Grouping
// Enumerable.GroupBy(source, keySelector[, elementSelector][, resultSelector]): groups in order of first
// appearance; `mode` is the key equality ($KeyMap modes).
function $groupBy(source, key, element, result, mode) {
  $source(source);
  return $seq(function* () {
    const groups = new $KeyMap(mode);
    for (const item of source) {
      const k = key(item);
      let entry = groups.$find(k);
      if (entry === undefined) {
        groups.$put(k, []);
        entry = groups.$find(k);
      }
      entry[1].push(element ? element(item) : item);
    }
    for (const [k, items] of groups.$map.values()) yield result ? result(k, items) : new $Grouping(k, items);
  });
}
