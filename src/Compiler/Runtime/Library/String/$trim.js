// requires: $isWhiteSpace
// s.Trim/TrimStart/TrimEnd: `chars` is a string of characters to remove (null or "" means white space);
// `ends` is 1 for the start, 2 for the end, 3 for both.
function $trim(s, chars, ends) {
  const drop = chars == null || chars.length === 0 ? $isWhiteSpace : c => chars.indexOf(String.fromCharCode(c)) >= 0;
  let start = 0, end = s.length;
  if (ends & 1) while (start < end && drop(s.charCodeAt(start))) start++;
  if (ends & 2) while (end > start && drop(s.charCodeAt(end - 1))) end--;
  return s.substring(start, end);
}
