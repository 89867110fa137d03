function $dtol(value) {
  if (value !== value) return 0;
  return Math.trunc(value) + 0;
}
