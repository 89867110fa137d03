// requires: $numRound $numExpText
// A custom numeric format ("#,##0.00", "0.#", "0%", "0.00E+00", "pos;neg;zero", quoted literals) applied to a
// number buffer, following .NET's placeholder rules: rounding half up at the last placeholder, extra integer digits
// before the first placeholder, a negative section printing no sign of its own.
function $fmtCustom(n, format, isInt) {
  const sections = [];
  let start = 0;
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c === "'" || c === '"') { const end = format.indexOf(c, i + 1); i = end < 0 ? format.length : end; }
    else if (c === "\\") i++;
    else if (c === ";") { sections.push(format.slice(start, i)); start = i + 1; }
  }
  sections.push(format.slice(start));
  const pick = k => (k < sections.length && sections[k] !== "" ? k : 0);
  let section = pick(n.d === "" ? 2 : n.neg ? 1 : 0);
  let f, digitCount, decimalPos, firstDigit, lastDigit, scientific, thousandSeps;
  for (;;) {
    f = sections[section];
    digitCount = 0; decimalPos = -1; firstDigit = -1; lastDigit = 0; scientific = false; thousandSeps = false;
    let thousandPos = -1, thousandCount = 0, scaleAdjust = 0;
    for (let i = 0; i < f.length; i++) {
      const c = f[i];
      if (c === "#") digitCount++;
      else if (c === "0") { if (firstDigit < 0) firstDigit = digitCount; digitCount++; lastDigit = digitCount; }
      else if (c === ".") { if (decimalPos < 0) decimalPos = digitCount; }
      else if (c === ",") {
        if (digitCount > 0 && decimalPos < 0) {
          if (thousandPos >= 0) {
            if (thousandPos === digitCount) { thousandCount++; continue; }
            thousandSeps = true;
          }
          thousandPos = digitCount; thousandCount = 1;
        }
      }
      else if (c === "%") scaleAdjust += 2;
      else if (c === "\u2030") scaleAdjust += 3;
      else if (c === "'" || c === '"') { const end = f.indexOf(c, i + 1); i = end < 0 ? f.length : end; }
      else if (c === "\\") i++;
      else if ((c === "E" || c === "e") && /^[+-]?0/.test(f.slice(i + 1))) {
        scientific = true;
        i++;
        if (f[i] === "+" || f[i] === "-") i++;
        while (f[i + 1] === "0") i++;
      }
    }
    if (decimalPos < 0) decimalPos = digitCount;
    if (firstDigit < 0) firstDigit = 0x7fffffff;
    if (thousandPos >= 0) {
      if (thousandPos === decimalPos) scaleAdjust -= thousandCount * 3;
      else thousandSeps = true;
    }
    if (n.d !== "") {
      const shifted = { neg: n.neg, d: n.d, s: n.s + scaleAdjust };
      n = $numRound(shifted, scientific ? digitCount : shifted.s + digitCount - decimalPos, false);
      if (n.d === "") {
        if (isInt) n = { neg: false, d: "", s: 0 };
        const zero = pick(2);
        if (zero !== section) { section = zero; continue; }
      }
    } else {
      n = { neg: isInt ? false : n.neg, d: "", s: 0 };
    }
    break;
  }
  const d = n.d;
  firstDigit = firstDigit < decimalPos ? decimalPos - firstDigit : 0;
  lastDigit = lastDigit > decimalPos ? decimalPos - lastDigit : 0;
  let digPos = scientific ? decimalPos : Math.max(n.s, decimalPos);
  let adjust = scientific ? 0 : n.s - decimalPos;
  const groupedUpTo = Math.max(firstDigit, digPos + Math.min(adjust, 0));
  let out = "", cur = 0, decimalWritten = false;
  const emit = c => {
    out += c;
    if (thousandSeps && digPos > 1 && (digPos - 1) % 3 === 0 && digPos - 1 < groupedUpTo) out += ",";
  };
  for (let i = 0; i < f.length; i++) {
    const c = f[i];
    if (adjust > 0 && (c === "#" || c === "0" || c === ".")) {
      while (adjust > 0) { emit(cur < d.length ? d[cur++] : "0"); digPos--; adjust--; }
    }
    if (c === "#" || c === "0") {
      let ch;
      if (adjust < 0) { adjust++; ch = digPos <= firstDigit ? "0" : ""; }
      else ch = cur < d.length ? d[cur++] : digPos > lastDigit ? "0" : "";
      if (ch !== "") emit(ch);
      digPos--;
    } else if (c === ".") {
      if (digPos === 0 && !decimalWritten && (lastDigit < 0 || (decimalPos < digitCount && cur < d.length))) {
        out += ".";
        decimalWritten = true;
      }
    } else if (c === "%" || c === "\u2030") {
      out += c;
    } else if (c === ",") {
      // grouping and scaling were applied above
    } else if (c === "'" || c === '"') {
      const end = f.indexOf(c, i + 1);
      out += f.slice(i + 1, end < 0 ? f.length : end);
      i = end < 0 ? f.length : end;
    } else if (c === "\\") {
      if (i + 1 < f.length) out += f[++i];
    } else if ((c === "E" || c === "e") && scientific && /^[+-]?0/.test(f.slice(i + 1))) {
      const plus = f[i + 1] === "+";
      if (f[i + 1] === "+" || f[i + 1] === "-") i++;
      let zeros = 0;
      while (f[i + 1] === "0") { i++; zeros++; }
      out += $numExpText(d === "" ? 0 : n.s - decimalPos, c, Math.min(zeros, 10), plus);
      scientific = false;
    } else if (c === "E" || c === "e") {
      out += c;
      if (f[i + 1] === "+" || f[i + 1] === "-") out += f[++i];
      while (f[i + 1] === "0") out += f[++i];
    } else {
      out += c;
    }
  }
  return n.neg && section === 0 && (n.s !== 0 || out !== "") ? "-" + out : out;
}
