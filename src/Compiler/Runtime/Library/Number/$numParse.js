// Parses number text with .NET's invariant rules. `kind`: integer width in bits (negative for unsigned, e.g. -32
// for uint) or 0 for double; `style`: NumberStyles bits (1 leading white, 2 trailing white, 4 leading sign,
// 8 trailing sign, 32 decimal point, 64 thousands, 128 exponent, 512 hex). Returns the number, or "format"/"overflow"/"null".
function $numParse(s, kind, style) {
  if (s == null) return "null";
  const white = "[\\t-\\r ]*";
  let text = s;
  const lead = new RegExp("^" + white), trail = new RegExp(white + "$");
  if (style & 1) text = text.replace(lead, "");
  if (style & 2) text = text.replace(trail, "");
  if (style & 512) {
    if (!/^[0-9a-fA-F]+$/.test(text)) return "format";
    const bits = Math.abs(kind);
    const value = BigInt("0x" + text);
    if (value >= 1n << BigInt(bits)) return "overflow";
    return Number(kind > 0 ? BigInt.asIntN(bits, value) : value);
  }
  let sign = "";
  if ((style & 4) && (text[0] === "+" || text[0] === "-")) { sign = text[0]; text = text.slice(1); }
  else if ((style & 8) && /[+-]$/.test(text)) { sign = text[text.length - 1]; text = text.slice(0, -1); }
  if (kind === 0) {
    const lower = text.toLowerCase();
    if (lower === "infinity") return sign === "-" ? -Infinity : Infinity;
    if (lower === "nan") return NaN;
  }
  const m = /^(\d[\d,]*|)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (m === null || (m[1] === "" && !m[2]) || (m[1] === "" && text[0] !== ".")) return "format";
  if (m[1].includes(",") && !(style & 64)) return "format";
  if (text.includes(".") && !(style & 32)) return "format";
  if (m[3] !== undefined && !(style & 128)) return "format";
  const digits = m[1].replace(/,/g, "");
  if (kind === 0) return Number(sign + (digits || "0") + "." + (m[2] || "0") + "e" + (m[3] || "0"));
  if ((m[2] && /[1-9]/.test(m[2])) || m[3] !== undefined) return "overflow";
  const bits = Math.abs(kind);
  const value = BigInt(sign + digits);
  const min = kind > 0 ? -(1n << BigInt(bits - 1)) : 0n;
  const max = kind > 0 ? (1n << BigInt(bits - 1)) - 1n : (1n << BigInt(bits)) - 1n;
  if (value < min || value > max) return sign === "-" && value === 0n ? 0 : "overflow";
  return Number(value);
}
