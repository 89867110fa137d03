// requires: $source $argRange
// Enumerable.ElementAt/ElementAtOrDefault(source, index).
function $elementAt(source, index, orDefault, fallback) {
  if ($source(source).$selectOf) {
    // A selection over an array runs its selector on that element only, as .NET's select iterator does.
    if (index >= 0 && index < source.$selectOf.length) return source.$selector(source.$selectOf[index], index);
  } else if (index >= 0) {
    let i = 0;
    for (const item of $source(source)) if (i++ === index) return item;
  }
  if (orDefault) return fallback;
  throw $argRange("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
}
