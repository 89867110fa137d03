// char.ToUpper/ToUpperInvariant on a char code.
function $charUpper(c) {
  const u = String.fromCharCode(c).toUpperCase();
  return u.length === 1 ? u.charCodeAt(0) : c;
}
