// requires: $source $OverflowException
// Enumerable.Sum(source[, selector]): `checkedBits` 32/64 checks integer overflow like .NET; 0 sums doubles.
// Null items (Sum over nullable numbers) are skipped.
function $sum(source, selector, checkedBits) {
  let total = 0;
  for (const item of $source(source)) {
    const value = selector ? selector(item) : item;
    if (value == null) continue;
    total += value;
    if (checkedBits === 32 && (total > 2147483647 || total < -2147483648)) {
      throw new $OverflowException("Arithmetic operation resulted in an overflow.");
    }
  }
  return total;
}
