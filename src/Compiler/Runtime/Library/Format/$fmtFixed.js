// requires: $numInt $numExact $numRound
// x.ToString(format) for a custom format of digit placeholders only ("0", "0.0", "0.##", "#.00", "00"), as
// $fmtCustom applies it, without parsing the format at run time: `minInt` integer digits at least ("0"s from the
// first one to the point), `minFrac` to `maxFrac` fraction digits (up to the last "0", up to the last placeholder),
// rounding half up at the last placeholder after a double's 15-digit rounding; a negative value that rounds to zero
// keeps its sign, as in .NET. `intBits` as in $fmt.
function $fmtFixed(x, intBits, minInt, minFrac, maxFrac) {
  if (x == null) return "";
  if (x !== x) return "NaN";
  if (x === Infinity) return "Infinity";
  if (x === -Infinity) return "-Infinity";
  const isInt = intBits > 0;
  let n = isInt ? $numInt(x) : $numRound($numExact(x), 15, true);
  n = n.d === "" ? { neg: n.neg, d: "", s: 0 } : $numRound(n, n.s + maxFrac, false);
  const d = n.d, s = n.s;
  const whole = (s > 0 ? d.slice(0, s).padEnd(s, "0") : "").padStart(minInt, "0");
  const frac = (s < 0 ? "0".repeat(-s) + d : d.slice(s)).padEnd(minFrac, "0");
  const out = frac === "" ? whole : whole + "." + frac;
  return n.neg && (s !== 0 || out !== "") ? "-" + out : out;
}
