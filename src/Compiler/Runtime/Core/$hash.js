function $hash(value) {
  if (value == null) return 0;
  switch (typeof value) {
    case "boolean":
      return value ? 1 : 0;
    case "number":
      if ((value | 0) === value) return value;
      value = String(value);
    case "string": {
      let h = 352654597;
      for (let i = 0; i < value.length; i++) h = Math.imul(h ^ value.charCodeAt(i), 1566083941) | 0;
      return h;
    }
  }
  if (typeof value.GetHashCode === "function") return value.GetHashCode();
  const ids = $hash.ids ??= new WeakMap();
  let id = ids.get(value);
  if (id === undefined) ids.set(value, id = ids.next = ((ids.next ?? 0) + 1) | 0);
  return id;
}
