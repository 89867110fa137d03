// requires: $DivideByZeroException $OverflowException
function $imod(a, b) {
  if (b === 0) throw new $DivideByZeroException();
  // C# spec: int.MinValue % -1 throws exactly when int.MinValue / -1 does.
  if (b === -1 && a === -2147483648) throw new $OverflowException();
  return (a % b) | 0;
}
