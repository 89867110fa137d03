// char.ToLower/ToLowerInvariant on a char code.
function $charLower(c) {
  const l = String.fromCharCode(c).toLowerCase();
  return l.length === 1 ? l.charCodeAt(0) : c;
}
