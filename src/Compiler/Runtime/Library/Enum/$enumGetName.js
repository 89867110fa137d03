// Enum.GetName<T>(value): the member name, or null when no member has the value.
function $enumGetName(type, value) {
  for (const name of Object.keys(type)) if (type[name] === value) return name;
  return null;
}
