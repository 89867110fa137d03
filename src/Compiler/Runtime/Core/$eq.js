function $eq(a, b) {
  if (a === b) return true;
  if (a == null || b == null) return false;
  if (typeof a === "number") return a !== a && b !== b;
  return typeof a === "object" && typeof a.Equals === "function" && a.Equals(b);
}
