// requires: $ArgumentException
function $enumParse(type, text, ignoreCase) {
  for (const name of Object.keys(type))
    if (name === text || (ignoreCase && name.toLowerCase() === String(text).toLowerCase())) return type[name];
  const n = Number(text);
  if (String(text).trim() !== "" && Number.isInteger(n)) return n;
  throw new $ArgumentException("Requested value '" + text + "' was not found.");
}
