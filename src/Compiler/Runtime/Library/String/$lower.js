// s.ToLower()/ToLowerInvariant(): each char by its simple mapping, so the length never changes.
function $lower(s) {
  const lower = s.toLowerCase();
  if (lower.length === s.length) return lower;
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i], l = c.toLowerCase();
    out += l.length === 1 ? l : c;
  }
  return out;
}
