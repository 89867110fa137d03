// Upper-cases each UTF-16 unit by its simple (one-to-one) mapping, keeping lengths and indices: the key .NET's
// OrdinalIgnoreCase comparisons use.
function $caseFold(s) {
  const upper = s.toUpperCase();
  if (upper.length === s.length) return upper;
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i], u = c.toUpperCase();
    out += u.length === 1 ? u : c;
  }
  return out;
}
