// requires: $KeyNotFoundException $ArgumentNullException
// dict[key] for an IDictionary<string,T> that is a plain JSON object (labels, annotations).
function $objGet(obj, key) {
  if (key == null) throw new $ArgumentNullException(null, null, "key");
  if (!Object.prototype.hasOwnProperty.call(obj, key)) {
    throw new $KeyNotFoundException("The given key '" + key + "' was not present in the dictionary.");
  }
  return obj[key];
}
