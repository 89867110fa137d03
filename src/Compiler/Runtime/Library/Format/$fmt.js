// requires: $fmtStd $fmtCustom $numInt $numExact $numRound
// x.ToString(format) for a number in the invariant culture when the format is not known when compiling. `intBits` is
// 0 for double and the width of the integral type otherwise (8/16/32/64). A custom format ("#,##0.00", "0.#") gets
// the number rounded to 15 digits first (a double) or exact (an integer), as .NET does; the rest is $fmtStd's.
function $fmt(x, format, intBits) {
  if (x == null || x !== x || x === Infinity || x === -Infinity || format == null || /^([A-Za-z]\d{0,9})?$/.test(format))
    return $fmtStd(x, format, intBits);
  return $fmtCustom(intBits > 0 ? $numInt(x) : $numRound($numExact(x), 15, true), format, intBits > 0);
}
