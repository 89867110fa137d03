// Keeps the first `pos` digits of a number buffer. `even`: ties go to the even digit (exact double digits, as
// .NET's correctly rounded formats do); otherwise a dropped digit >= 5 rounds up (.NET's integer and custom paths).
function $numRound(n, pos, even) {
  const d = n.d;
  if (pos >= d.length) return d === "" ? { neg: n.neg, d: "", s: 0 } : n;
  if (pos < 0) return { neg: n.neg, d: "", s: 0 };
  const c = d.charCodeAt(pos) - 48;
  const up = even
    ? c > 5 || (c === 5 && (pos + 1 < d.length || (pos > 0 && (d.charCodeAt(pos - 1) & 1) === 1)))
    : c >= 5;
  let kept = d.slice(0, pos), s = n.s;
  if (up) {
    let i = kept.length - 1;
    while (i >= 0 && kept[i] === "9") i--;
    if (i < 0) { kept = "1"; s++; }
    else kept = kept.slice(0, i) + String.fromCharCode(kept.charCodeAt(i) + 1);
  } else {
    kept = kept.replace(/0+$/, "");
  }
  return { neg: n.neg, d: kept, s: kept === "" ? 0 : s };
}
