// A DateTime/TimeSpan comparison where either side may be null (lifted operators on DateTime?/TimeSpan?):
// == and != compare nulls like .NET, the orderings are false when a side is null.
function $timeCompare(a, b, op) {
  if (a == null || b == null) {
    if (op === "==") return a == b;
    if (op === "!=") return a != b;
    return false;
  }
  const d = a.CompareTo(b);
  switch (op) {
    case "==": return d === 0;
    case "!=": return d !== 0;
    case "<": return d < 0;
    case ">": return d > 0;
    case "<=": return d <= 0;
    default: return d >= 0;
  }
}
