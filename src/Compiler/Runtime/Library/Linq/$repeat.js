// requires: $seq $argNonNegative
// Enumerable.Repeat(element, count).
function $repeat(element, count) {
  $argNonNegative(count, "count");
  return $seq(function* () {
    for (let i = 0; i < count; i++) yield element;
  });
}
