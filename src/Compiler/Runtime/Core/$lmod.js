// requires: $DivideByZeroException
function $lmod(a, b) {
  if (b === 0) throw new $DivideByZeroException();
  return (a % b) + 0;
}
