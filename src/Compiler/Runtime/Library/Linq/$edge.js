// The first (last = false) or last element of a sequence as .NET's iterators find it: [found, value]. Ordered
// sequences compare keys element by element ($OrderedSeq.$tryEdge), selections reach the one element they need
// ($select: $itemAt/$size, $tryAt), Concat/Append/Prepend ask their parts and Reverse asks its source for the
// other end ($tryFirst/$tryLast), arrays index; anything else is enumerated.
function $edge(source, last) {
  if (source.$tryEdge) return source.$tryEdge(!last);
  if (source.$itemAt) {
    const size = source.$size();
    return size > 0 ? [true, source.$itemAt(last ? size - 1 : 0)] : [false];
  }
  if (last) {
    if (source.$tryAt) return source.$tryAt(-1);
    if (source.$tryLast) return source.$tryLast();
    if (Array.isArray(source)) return source.length > 0 ? [true, source[source.length - 1]] : [false];
    let found = false, value;
    for (const item of source) {
      found = true;
      value = item;
    }
    return found ? [true, value] : [false];
  }
  if (source.$tryFirst) return source.$tryFirst();
  for (const item of source) return [true, item];
  return [false];
}
