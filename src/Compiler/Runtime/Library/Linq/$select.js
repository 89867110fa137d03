// requires: $seq $source
// Enumerable.Select(source, selector) (`indexed`: the selector also receives the index). Like .NET's select
// iterators, a selection over an array, a list or Enumerable.Range (or over such a selection, or a Skip/Take of
// one) knows its length when the query runs and reaches one element without running the selector on the others
// (`$size`, `$itemAt`: First, Last, ElementAt, Any); over any other sequence, Last() and ElementAt run it on the
// element they return only (`$tryAt`, index -1 for the last).
function $select(source, selector, indexed) {
  $source(source);
  const selected = $seq(function* () {
    let i = 0;
    for (const item of source) yield selector(item, i++);
  });
  if (indexed) return selected;
  if (Array.isArray(source)) {
    selected.$size = () => source.length;
    selected.$itemAt = i => selector(source[i]);
  } else if (source.$rangeStart !== undefined) {
    selected.$size = () => source.$rangeCount;
    selected.$itemAt = i => selector(source.$rangeStart + i);
  } else if (source.$itemAt) {
    selected.$size = () => source.$size();
    selected.$itemAt = i => selector(source.$itemAt(i));
  } else {
    selected.$tryAt = index => {
      let found = false, at, i = 0;
      for (const item of source) {
        if (index < 0) {
          found = true;
          at = item;
        } else if (i++ === index) {
          found = true;
          at = item;
          break;
        }
      }
      return found ? [true, selector(at)] : [false];
    };
  }
  return selected;
}
