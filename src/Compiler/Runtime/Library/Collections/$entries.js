// requires: $KeyValuePair
// A plain-object dictionary (IDictionary<string,T> from JSON) as a sequence of KeyValuePairs; null stays null.
function $entries(obj) {
  if (obj == null) return obj;
  return { *[Symbol.iterator]() { for (const key of Object.keys(obj)) yield new $KeyValuePair(key, obj[key]); } };
}
