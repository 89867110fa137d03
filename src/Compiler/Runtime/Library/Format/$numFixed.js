// requires: $numGroup
// A rounded number buffer as "ddd.ddd" with exactly `decimals` fraction digits (sign not included).
function $numFixed(n, decimals, grouped) {
  const d = n.d, s = n.s;
  let whole = s > 0 ? d.slice(0, s).padEnd(s, "0") : "0";
  if (grouped) whole = $numGroup(whole);
  if (decimals <= 0) return whole;
  const frac = s < 0 ? "0".repeat(-s) + d : d.slice(s);
  return whole + "." + frac.slice(0, decimals).padEnd(decimals, "0");
}
