function $and3(a, b) {
  if (a === false || b === false) return false;
  return a == null || b == null ? null : true;
}
