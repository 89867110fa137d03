function $dtou(value) {
  if (value !== value || value <= 0) return 0;
  if (value >= 4294967295) return 4294967295;
  return Math.trunc(value) >>> 0;
}
