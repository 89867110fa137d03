// Comparer<T>.Default for char and the integers narrower than int: null first, then the difference of the values
// (what their CompareTo answers).
function $compareDiff(a, b) {
  if (a == null) return b == null ? 0 : -1;
  return b == null ? 1 : a - b;
}
