// The exponent part of a formatted number: "E+003", "e-05", "E7".
function $numExpText(exp, expChar, minDigits, plusSign) {
  const sign = exp < 0 ? "-" : plusSign ? "+" : "";
  return expChar + sign + String(Math.abs(exp)).padStart(minDigits, "0");
}
