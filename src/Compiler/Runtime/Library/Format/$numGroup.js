// Inserts the invariant-culture group separator into a run of integer digits: "1234567" → "1,234,567".
function $numGroup(digits) {
  let out = "";
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ",";
    out += digits[i];
  }
  return out;
}
