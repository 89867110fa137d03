function $isNullOrEmpty(s) {
  return s == null || s.length === 0;
}
