// requires: $ArgumentException
// dict.Add(key, value) on a plain-object dictionary.
function $objAdd(obj, key, value) {
  if (Object.prototype.hasOwnProperty.call(obj, key)) {
    throw new $ArgumentException("An item with the same key has already been added. Key: " + key);
  }
  obj[key] = value;
}
