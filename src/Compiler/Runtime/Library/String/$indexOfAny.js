// requires: $ArgumentNullException
// s.IndexOfAny(chars) / s.LastIndexOfAny(chars) (last = true); `chars` is an array of char codes.
function $indexOfAny(s, chars, last) {
  if (chars == null) throw new $ArgumentNullException(null, null, "anyOf");
  if (last) {
    for (let i = s.length - 1; i >= 0; i--) if (chars.includes(s.charCodeAt(i))) return i;
  } else {
    for (let i = 0; i < s.length; i++) if (chars.includes(s.charCodeAt(i))) return i;
  }
  return -1;
}
