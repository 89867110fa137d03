// requires: $substr
// s.ToCharArray() / s.ToCharArray(start, length): an array of char codes.
function $toChars(s, start, length) {
  const part = start === undefined ? s : $substr(s, start, length);
  const out = new Array(part.length);
  for (let i = 0; i < part.length; i++) out[i] = part.charCodeAt(i);
  return out;
}
