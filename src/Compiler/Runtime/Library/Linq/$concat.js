// requires: $seq $source $edge
// Enumerable.Concat(first, second); also Append/Prepend with a one-item array. First/Last ask the parts, as .NET's
// concat iterator does (Last of a Concat never enumerates the first part when the second has an element).
function $concat(first, second) {
  $source(first);
  $source(second);
  const both = $seq(function* () {
    yield* first;
    yield* second;
  });
  both.$tryFirst = () => {
    const edge = $edge(first, false);
    return edge[0] ? edge : $edge(second, false);
  };
  both.$tryLast = () => {
    const edge = $edge(second, true);
    return edge[0] ? edge : $edge(first, true);
  };
  return both;
}
