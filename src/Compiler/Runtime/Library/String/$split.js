// requires: $isWhiteSpace $trim $argNonNegative
// s.Split(...) with .NET's rules. `separators`: array of strings or char codes (null/empty: white space);
// `count`: maximum number of entries (undefined: no limit); `options`: 1 RemoveEmptyEntries, 2 TrimEntries.
function $split(s, separators, count, options) {
  if (count === undefined) count = 0x7fffffff;
  else $argNonNegative(count, "count");
  const removeEmpty = (options & 1) !== 0, trimEntries = (options & 2) !== 0;
  const entry = text => (trimEntries ? $trim(text, null, 3) : text);
  if (count <= 1 || s.length === 0) {
    if (count === 0) return [];
    const only = entry(s);
    return removeEmpty && only.length === 0 ? [] : [only];
  }
  const seps = separators == null ? [] : separators
    .map(x => (typeof x === "number" ? String.fromCharCode(x) : x))
    .filter(x => x != null && x.length > 0);
  const byWhiteSpace = separators == null || separators.length === 0;
  const at = [], len = [];
  for (let i = 0; i < s.length; i++) {
    if (byWhiteSpace) {
      if ($isWhiteSpace(s.charCodeAt(i))) { at.push(i); len.push(1); }
      continue;
    }
    for (const sep of seps) {
      if (s.startsWith(sep, i)) { at.push(i); len.push(sep.length); i += sep.length - 1; break; }
    }
  }
  if (at.length === 0) {
    const only = entry(s);
    return removeEmpty && only.length === 0 ? [] : [only];
  }
  const out = [];
  let cur = 0;
  for (let i = 0; i < at.length; i++) {
    const part = entry(s.substring(cur, at[i]));
    if (part.length > 0 || !removeEmpty) out.push(part);
    cur = at[i] + len[i];
    if (out.length === count - 1) {
      if (removeEmpty) {
        while (++i < at.length && entry(s.substring(cur, at[i])).length === 0) cur = at[i] + len[i];
      }
      break;
    }
  }
  const last = entry(s.substring(cur));
  if (last.length > 0 || !removeEmpty) out.push(last);
  return out;
}
