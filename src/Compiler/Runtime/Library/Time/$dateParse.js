// requires: $DateTime $FormatException
// DateTime.Parse for ISO 8601 text ("2024-05-01", "2024-05-01T10:20:30Z", "…+02:00", fractional seconds):
// a UTC designator or offset gives `offsetKind` (Utc for KubernetesClient's JSON timestamps, Local for
// DateTime.Parse); otherwise Unspecified. `orNull` returns null instead of throwing (TryParse).
function $dateParse(text, orNull, offsetKind) {
  const m = text == null ? null
    : /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?\s*$/.exec(text);
  if (m === null) {
    if (orNull) return null;
    throw new $FormatException("String '" + text + "' was not recognized as a valid DateTime.");
  }
  const ms = Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), m[7] ? Math.floor(+(m[7] + "00").slice(0, 3)) : 0);
  if (!m[8]) return new $DateTime(ms, 0);
  const kind = offsetKind ?? 1;
  if (m[8] === "Z") return new $DateTime(ms, kind);
  const sign = m[8][0] === "-" ? -1 : 1, digits = m[8].replace(/[^\d]/g, "");
  return new $DateTime(ms - sign * (+digits.slice(0, 2) * 60 + +digits.slice(2)) * 60000, kind);
}
