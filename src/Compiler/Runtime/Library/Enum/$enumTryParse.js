// Enum.TryParse: the value of a member name (or integer text), or null when the text names nothing.
function $enumTryParse(type, text, ignoreCase) {
  if (text == null) return null;
  const trimmed = text.trim();
  for (const name of Object.keys(type)) {
    if (name === trimmed || (ignoreCase && name.toLowerCase() === trimmed.toLowerCase())) return type[name];
  }
  return /^[+-]?\d+$/.test(trimmed) ? Number(trimmed) : null;
}
