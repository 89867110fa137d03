// requires: $Dictionary $source
// Enumerable.ToDictionary(source, keySelector[, elementSelector]); duplicate keys throw like Dictionary.Add.
function $toDictionary(source, key, element, mode) {
  const dictionary = new $Dictionary(mode);
  for (const item of $source(source)) dictionary.Add(key(item), element ? element(item) : item);
  return dictionary;
}
