// dict.Remove(key) on a plain-object dictionary: true when the key was present.
function $objRemove(obj, key) {
  if (!Object.prototype.hasOwnProperty.call(obj, key)) return false;
  delete obj[key];
  return true;
}
