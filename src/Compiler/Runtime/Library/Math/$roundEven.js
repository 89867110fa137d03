// Math.Round(double): to the nearest integer, ties to even, keeping the sign of zero.
function $roundEven(x) {
  if (!(Math.abs(x) < 4503599627370496)) return x;
  const floor = Math.floor(x), diff = x - floor;
  let r = diff > 0.5 ? floor + 1 : diff < 0.5 ? floor : floor % 2 === 0 ? floor : floor + 1;
  if (r === 0 && (x < 0 || Object.is(x, -0))) r = -0;
  return r;
}
