// requires: $ArithmeticException
// Math.Sign(double): -1, 0 or 1; NaN throws.
function $sign(x) {
  if (x !== x) throw new $ArithmeticException("Function does not accept floating point Not-a-Number values.");
  return x > 0 ? 1 : x < 0 ? -1 : 0;
}
