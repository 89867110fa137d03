// requires: $IndexOutOfRangeException
// s[i]: the UTF-16 code unit as a char (number); out of range throws like .NET.
function $charAt(s, i) {
  const c = s.charCodeAt(i);
  if (c !== c || i < 0) throw new $IndexOutOfRangeException("Index was outside the bounds of the array.");
  return c;
}
