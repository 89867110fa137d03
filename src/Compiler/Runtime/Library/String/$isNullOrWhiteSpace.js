// requires: $isWhiteSpace
function $isNullOrWhiteSpace(s) {
  if (s == null) return true;
  for (let i = 0; i < s.length; i++) if (!$isWhiteSpace(s.charCodeAt(i))) return false;
  return true;
}
