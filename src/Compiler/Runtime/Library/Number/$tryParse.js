// requires: $numParse
// int.TryParse/double.TryParse/…: the parsed number, or null when the text is not accepted.
function $tryParse(s, kind, style) {
  const result = $numParse(s, kind, style);
  return typeof result === "number" ? result : null;
}
