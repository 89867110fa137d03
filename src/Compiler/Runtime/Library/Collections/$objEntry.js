// The [key, value] of a plain-object dictionary for TryGetValue, or null when the key is absent.
function $objEntry(obj, key) {
  return Object.prototype.hasOwnProperty.call(obj, key) ? [key, obj[key]] : null;
}
