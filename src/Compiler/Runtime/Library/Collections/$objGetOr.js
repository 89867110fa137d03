// dict.GetValueOrDefault(key[, fallback]) on a plain-object dictionary.
function $objGetOr(obj, key, fallback) {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : fallback;
}
