// char.IsDigit/IsLetter/IsUpper/… by Unicode category; `category` is a regular expression over one character
// (e.g. /\p{Nd}/u) chosen by the compiler.
function $charIs(category, c) {
  return category.test(String.fromCharCode(c));
}
