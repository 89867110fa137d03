// The digits of an integral value as a number buffer { neg, d, s } (see $numExact).
function $numInt(x) {
  const d = String(Math.abs(x));
  return x === 0 ? { neg: false, d: "", s: 0 } : { neg: x < 0, d: d.replace(/0+$/, ""), s: d.length };
}
