// foreach over a string: its UTF-16 units as char codes.
function* $chars(s) {
  for (let i = 0; i < s.length; i++) yield s.charCodeAt(i);
}
