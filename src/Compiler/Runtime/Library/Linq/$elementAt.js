// requires: $source $argRange
// Enumerable.ElementAt/ElementAtOrDefault(source, index).
function $elementAt(source, index, orDefault, fallback) {
  if ($source(source).$itemAt) {
    // A selection over an array, list or range runs its selector on that element only, as .NET's does.
    if (index >= 0 && index < source.$size()) return source.$itemAt(index);
  } else if (source.$tryAt) {
    if (index >= 0) {
      const [found, value] = source.$tryAt(index);
      if (found) return value;
    }
  } else if (index >= 0) {
    let i = 0;
    for (const item of $source(source)) if (i++ === index) return item;
  }
  if (orDefault) return fallback;
  throw $argRange("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
}
