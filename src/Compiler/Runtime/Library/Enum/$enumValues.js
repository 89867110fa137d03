// Enum.GetValues<T>() / Enum.GetNames<T>() (names = true): ordered by the unsigned value, as .NET does.
function $enumValues(type, names) {
  const keys = Object.keys(type).sort((a, b) => (type[a] >>> 0) - (type[b] >>> 0));
  return names ? keys : keys.map(k => type[k]);
}
