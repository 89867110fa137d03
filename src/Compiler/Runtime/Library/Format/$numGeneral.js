// requires: $numExpText
// .NET's general ("G") layout of a rounded number buffer: fixed point unless the exponent leaves [-4, maxDigits).
function $numGeneral(n, maxDigits, expChar) {
  const d = n.d;
  const scientific = n.s > maxDigits || n.s < -3;
  const pos = scientific ? 1 : n.s;
  let out = pos > 0 ? d.slice(0, pos).padEnd(pos, "0") : "0";
  const frac = pos < 0 ? "0".repeat(-pos) + d : d.slice(Math.max(pos, 0));
  if (frac !== "") out += "." + frac;
  return scientific ? out + $numExpText(n.s - 1, expChar, 2, true) : out;
}
