// The exact decimal expansion of a finite double as { neg, d, s }: value = 0.d × 10^s, d without trailing zeros
// ("" for zero). BigInt keeps it exact, which .NET's fixed-point formats ("F2", "N0", "P1", "E3") rely on.
function $numExact(x) {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0), lo = view.getUint32(4);
  const neg = hi >>> 31 === 1;
  let exp = (hi >>> 20) & 0x7ff;
  let mant = BigInt(hi & 0xfffff) * 4294967296n + BigInt(lo);
  if (mant === 0n && exp === 0) return { neg, d: "", s: 0 };
  if (exp === 0) exp = 1; else mant += 4503599627370496n;
  exp -= 1075;
  let text, scale;
  if (exp >= 0) {
    text = (mant << BigInt(exp)).toString();
    scale = text.length;
  } else {
    text = (mant * 5n ** BigInt(-exp)).toString();
    scale = text.length + exp;
  }
  return { neg, d: text.replace(/0+$/, ""), s: scale };
}
