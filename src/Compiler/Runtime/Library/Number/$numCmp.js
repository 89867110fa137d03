// a.CompareTo(b) for numbers: -1, 0 or 1, with NaN ordered before every other value (and equal to itself).
function $numCmp(a, b) {
  if (a < b) return -1;
  if (a > b) return 1;
  if (a === b) return 0;
  if (a !== a) return b !== b ? 0 : -1;
  return 1;
}
