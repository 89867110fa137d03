function $enumName(type, value, flags) {
  const names = Object.keys(type);
  for (const name of names) if (type[name] === value) return name;
  if (flags && value !== 0) {
    const parts = [];
    let rest = value;
    for (const name of names.slice().sort((x, y) => type[y] - type[x])) {
      const bit = type[name];
      if (bit !== 0 && (rest & bit) === bit) { parts.unshift(name); rest &= ~bit; }
    }
    if (rest === 0) return parts.join(", ");
  }
  return String(value);
}
