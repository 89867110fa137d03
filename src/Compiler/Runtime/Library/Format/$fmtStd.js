// requires: $numExact $numInt $numShortest $numRound $numGeneral $numFixed $numExpText $FormatException
// x.ToString(format) for a number in the invariant culture with a standard format ("G", "N0", "X4") or none.
// `intBits` is 0 for double and the width of the integral type otherwise (8/16/32/64; unsigned values are never
// negative), which selects .NET's integer rules: "D"/"X" allowed, ties round up, no negative zero. A null (an empty
// Nullable) formats as "".
function $fmtStd(x, format, intBits) {
  if (x == null) return "";
  const isInt = intBits > 0;
  if (!isInt) {
    if (x !== x) return "NaN";
    if (x === Infinity) return "Infinity";
    if (x === -Infinity) return "-Infinity";
  }
  if (format == null || format === "") format = "G";
  const std = /^([A-Za-z])(\d{0,9})$/.exec(format);
  const exact = () => isInt ? $numInt(x) : $numExact(x);
  if (std === null) throw new $FormatException("Format specifier was invalid.");
  const letter = std[1], upper = letter.toUpperCase();
  const hasPrecision = std[2] !== "";
  const p = hasPrecision ? Number(std[2]) : -1;
  const minus = n => n.neg ? "-" : "";
  let n;
  switch (upper) {
    case "R":
    case "G": {
      if (upper === "R" && isInt) break;
      const expChar = letter === upper ? "E" : "e";
      if (upper === "R" || p <= 0) {
        n = isInt ? exact() : $numShortest(x);
        return minus(n) + $numGeneral(n, isInt ? n.s : Math.max(n.d.length, 17), expChar);
      }
      n = $numRound(exact(), p, !isInt);
      return minus(n) + $numGeneral(n, p, expChar);
    }
    case "E": {
      const digits = (p < 0 ? 6 : p) + 1;
      n = $numRound(exact(), digits, !isInt);
      const d = n.d.padEnd(digits, "0");
      const mantissa = digits === 1 ? d[0] : d[0] + "." + d.slice(1);
      return minus(n) + mantissa + $numExpText(n.d === "" ? 0 : n.s - 1, letter, 3, true);
    }
    case "F":
    case "N":
    case "C":
    case "P": {
      const decimals = p < 0 ? 2 : p;
      n = exact();
      if (upper === "P") n = { neg: n.neg, d: n.d, s: n.s + 2 };
      n = $numRound(n, n.s + decimals, !isInt);
      const body = $numFixed(n, decimals, upper !== "F");
      if (upper === "P") return minus(n) + body + " %";
      if (upper === "C") return n.neg ? "(¤" + body + ")" : "¤" + body;
      return minus(n) + body;
    }
    case "D":
      if (!isInt) break;
      return (x < 0 ? "-" : "") + String(Math.abs(x)).padStart(p, "0");
    case "X": {
      if (!isInt) break;
      let hex;
      if (x >= 0) hex = x.toString(16);
      else if (intBits === 64) hex = BigInt.asUintN(64, BigInt(x)).toString(16);
      else hex = (intBits === 32 ? x >>> 0 : x & ((1 << intBits) - 1)).toString(16);
      return (letter === "X" ? hex.toUpperCase() : hex).padStart(p, "0");
    }
  }
  throw new $FormatException("Format specifier was invalid.");
}
