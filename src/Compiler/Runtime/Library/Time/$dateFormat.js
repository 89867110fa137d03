// requires: $FormatException
// DateTime.ToString(format) in the invariant culture: the standard patterns d D t T g G s u o/O f F M Y and
// custom patterns (yyyy MM dd HH hh mm ss f… tt ddd dddd MMM MMMM K, quotes and backslash escapes).
function $dateFormat(value, format) {
  const d = new Date(value.$ms);
  const standard = {
    d: "MM/dd/yyyy", D: "dddd, dd MMMM yyyy", t: "HH:mm", T: "HH:mm:ss", g: "MM/dd/yyyy HH:mm", G: "MM/dd/yyyy HH:mm:ss",
    s: "yyyy'-'MM'-'dd'T'HH':'mm':'ss", u: "yyyy'-'MM'-'dd HH':'mm':'ss'Z'", f: "dddd, dd MMMM yyyy HH:mm",
    F: "dddd, dd MMMM yyyy HH:mm:ss", M: "MMMM dd", m: "MMMM dd", Y: "yyyy MMMM", y: "yyyy MMMM",
    o: "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK", O: "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK",
  };
  if (format == null || format === "") format = "G";
  if (format.length === 1) {
    if (!(format in standard)) throw new $FormatException("Input string was not in a correct format.");
    format = standard[format];
  }
  const days = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
  const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
  const pad = (n, w) => String(n).padStart(w, "0");
  const fields = {
    y: d.getUTCFullYear(), M: d.getUTCMonth() + 1, d: d.getUTCDate(), H: d.getUTCHours(), m: d.getUTCMinutes(),
    s: d.getUTCSeconds(), f: d.getUTCMilliseconds(),
  };
  let out = "";
  for (let i = 0; i < format.length;) {
    const c = format[i];
    let n = 1;
    while (format[i + n] === c) n++;
    switch (c) {
      case "y": out += n === 1 ? String(fields.y % 100) : n === 2 ? pad(fields.y % 100, 2) : pad(fields.y, n); break;
      case "M": out += n <= 2 ? pad(fields.M, n) : n === 3 ? months[fields.M - 1].slice(0, 3) : months[fields.M - 1]; break;
      case "d": out += n <= 2 ? pad(fields.d, n) : n === 3 ? days[d.getUTCDay()].slice(0, 3) : days[d.getUTCDay()]; break;
      case "H": out += pad(fields.H, Math.min(n, 2)); break;
      case "h": out += pad(fields.H % 12 === 0 ? 12 : fields.H % 12, Math.min(n, 2)); break;
      case "m": out += pad(fields.m, Math.min(n, 2)); break;
      case "s": out += pad(fields.s, Math.min(n, 2)); break;
      case "f": out += pad(fields.f, 3).padEnd(7, "0").slice(0, n); break;
      case "F": out += pad(fields.f, 3).padEnd(7, "0").slice(0, n).replace(/0+$/, ""); break;
      case "t": out += (fields.H < 12 ? "AM" : "PM").slice(0, n === 1 ? 1 : 2); break;
      case "K": out += value.$kind === 1 ? "Z" : value.$kind === 2 ? "+00:00" : ""; break;
      case "'":
      case '"': {
        const end = format.indexOf(c, i + 1);
        if (end < 0) throw new $FormatException("Cannot find a matching quote character for the character '" + c + "'.");
        out += format.slice(i + 1, end);
        i = end + 1;
        continue;
      }
      case "\\": out += format[i + 1] ?? ""; i += 2; continue;
      default: out += c.repeat(n);
    }
    i += n;
  }
  return out;
}
