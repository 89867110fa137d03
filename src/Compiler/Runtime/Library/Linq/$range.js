// requires: $seq $argRange
// Enumerable.Range(start, count).
function $range(start, count) {
  if (count < 0 || start + count - 1 > 2147483647) throw $argRange("count", "Specified argument was out of the range of valid values.");
  const range = $seq(function* () {
    for (let i = 0; i < count; i++) yield start + i;
  });
  range.$rangeStart = start;
  range.$rangeCount = count;
  return range;
}
