// requires: $roundEven $argRange
// Math.Round(x, digits[, MidpointRounding.AwayFromZero when away]) exactly as .NET computes it: scale by 10^digits,
// round, scale back.
function $round(x, digits, away) {
  if (digits < 0 || digits > 15) throw $argRange("digits", "Rounding digits must be between 0 and 15, inclusive.");
  if (!(Math.abs(x) < 1e16)) return x;
  const power = 10 ** digits;
  let v = x * power;
  if (away) {
    const whole = Math.trunc(v), fraction = v - whole;
    v = Math.abs(fraction) >= 0.5 ? whole + Math.sign(fraction) : whole;
    if (v === 0 && (x < 0 || Object.is(x, -0))) v = -0;
  } else {
    v = $roundEven(v);
  }
  return v / power;
}
