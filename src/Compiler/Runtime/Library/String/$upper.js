// requires: $caseFold
// s.ToUpper()/ToUpperInvariant(): .NET maps each char on its own ("ß" stays "ß"), unlike JS toUpperCase.
function $upper(s) {
  return $caseFold(s);
}
