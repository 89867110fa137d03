// requires: $ArgumentException
// Convert.ToString(value, toBase): base 2, 8 or 16 print the two's complement bit pattern of a `bits`-wide value.
function $toRadix(x, radix, bits) {
  if (radix !== 2 && radix !== 8 && radix !== 10 && radix !== 16) throw new $ArgumentException("Invalid Base.");
  if (radix === 10 || x >= 0) return x.toString(radix);
  if (bits === 64) return BigInt.asUintN(64, BigInt(x)).toString(radix);
  return (bits === 32 ? x >>> 0 : x & ((1 << bits) - 1)).toString(radix);
}
