// requires: $seq $source $KeyMap $Grouping
// Enumerable.GroupBy(source, keySelector[, elementSelector][, resultSelector]): groups in order of first
// appearance; `spec` is the key equality ($KeyMap; a comparer is called as .NET's Lookup calls it).
function $groupBy(source, key, element, result, spec) {
  $source(source);
  return $seq(function* () {
    const groups = new $KeyMap(spec, true);
    for (const item of source) groups.$findOrAdd(key(item), [])[1].push(element ? element(item) : item);
    for (const [k, items] of groups.$values()) yield result ? result(k, items) : new $Grouping(k, items);
  });
}
