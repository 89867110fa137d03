// requires: $numShortest $numGeneral
// double.ToString() in the invariant culture: shortest round-trip digits, exponent form beyond 1E+17 or below 1E-05;
// null (an empty Nullable) is "".
function $numStr(x) {
  if (x == null) return "";
  if (x !== x) return "NaN";
  if (x === Infinity) return "Infinity";
  if (x === -Infinity) return "-Infinity";
  const n = $numShortest(x);
  return (n.neg ? "-" : "") + $numGeneral(n, Math.max(n.d.length, 17), "E");
}
