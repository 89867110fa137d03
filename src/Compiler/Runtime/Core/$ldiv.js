// requires: $DivideByZeroException
function $ldiv(a, b) {
  if (b === 0) throw new $DivideByZeroException();
  return Math.trunc(a / b) + 0;
}
