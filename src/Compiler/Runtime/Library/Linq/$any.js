// requires: $source
// Enumerable.Any(source[, predicate]). Without a predicate, a sequence whose count is known without running
// anything (an array or collection, a selection over an array, an ordered sequence of such) answers from that
// count, as .NET does: no selector or key runs.
function $any(source, predicate) {
  if (!predicate) {
    let under = $source(source);
    while (under && under.$tryEdge) under = under.$source;
    if (under && under.$itemAt) return under.$size() > 0;
    if (Array.isArray(under)) return under.length > 0;
    if (under && typeof under.Count === "number") return under.Count > 0;
  }
  for (const item of source) if (!predicate || predicate(item)) return true;
  return false;
}
