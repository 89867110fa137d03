// requires: $fmt $numStr $FormatException $ArgumentNullException
// string.Format(format, args) with .NET's composite-format rules: "{index[,alignment][:format]}", "{{" and "}}"
// escapes. `args` holds numbers (formatted per `bits`: 0 double, 8–64 integer width) or ready texts.
function $format(format, args, bits) {
  if (format == null) throw new $ArgumentNullException(null, null, "format");
  const bad = () => new $FormatException("Input string was not in a correct format.");
  const digits = from => { let i = from; while (i < format.length && format[i] >= "0" && format[i] <= "9") i++; return i; };
  let out = "", i = 0;
  while (i < format.length) {
    const ch = format[i];
    if (ch === "}") {
      if (format[i + 1] !== "}") throw bad();
      out += "}"; i += 2; continue;
    }
    if (ch !== "{") { out += ch; i++; continue; }
    if (format[i + 1] === "{") { out += "{"; i += 2; continue; }
    let end = digits(++i);
    if (end === i) throw bad();
    const index = Number(format.slice(i, end));
    i = end;
    while (format[i] === " ") i++;
    let width = 0;
    if (format[i] === ",") {
      i++;
      while (format[i] === " ") i++;
      const negative = format[i] === "-";
      if (negative) i++;
      end = digits(i);
      if (end === i) throw bad();
      width = Number(format.slice(i, end)) * (negative ? -1 : 1);
      i = end;
      while (format[i] === " ") i++;
    }
    let spec = null;
    if (format[i] === ":") {
      end = ++i;
      while (end < format.length && format[end] !== "}") {
        if (format[end] === "{") throw bad();
        end++;
      }
      spec = format.slice(i, end);
      i = end;
    }
    if (format[i] !== "}") throw bad();
    i++;
    if (index >= args.length) {
      throw new $FormatException("Index (zero based) must be greater than or equal to zero and less than the size of the argument list.");
    }
    const value = args[index], numberBits = bits ? bits[index] : -1;
    let text;
    if (value == null) text = "";
    else if (typeof value === "number" && numberBits >= 0) text = spec === null ? (numberBits > 0 ? String(value) : $numStr(value)) : $fmt(value, spec, numberBits);
    else text = String(value);
    out += width >= 0 ? text.padStart(width) : text.padEnd(-width);
  }
  return out;
}
