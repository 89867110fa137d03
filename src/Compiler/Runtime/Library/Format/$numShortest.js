// The shortest round-trip digits of a finite double as { neg, d, s } (value = 0.d × 10^s), as .NET's ToString() uses.
function $numShortest(x) {
  const neg = x < 0 || Object.is(x, -0);
  if (x === 0) return { neg, d: "", s: 0 };
  const m = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(Math.abs(x).toExponential());
  return { neg, d: (m[1] + (m[2] || "")).replace(/0+$/, ""), s: Number(m[3]) + 1 };
}
