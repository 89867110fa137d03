// requires: $seq $source $edge
// Enumerable.Reverse(source): lazily, from a snapshot taken when enumerated; First/Last take the other end of the
// source as .NET's reverse iterator does.
function $reverse(source) {
  $source(source);
  const reversed = $seq(function* () {
    const items = Array.from(source);
    for (let i = items.length - 1; i >= 0; i--) yield items[i];
  });
  reversed.$tryFirst = () => $edge(source, true);
  reversed.$tryLast = () => $edge(source, false);
  return reversed;
}
