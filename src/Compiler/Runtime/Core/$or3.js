function $or3(a, b) {
  if (a === true || b === true) return true;
  return a == null || b == null ? null : false;
}
