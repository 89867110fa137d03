// requires: $ArgumentException $argNonNegative
// Array.Copy(source, sourceIndex, destination, destinationIndex, length).
function $arrayCopy(source, sourceIndex, destination, destinationIndex, length) {
  $argNonNegative(length, "length");
  if (sourceIndex < 0 || destinationIndex < 0 || sourceIndex + length > source.length || destinationIndex + length > destination.length) {
    throw new $ArgumentException("Source array was not long enough. Check the source index, length, and the array's lower bounds.");
  }
  const part = source.slice(sourceIndex, sourceIndex + length);
  for (let i = 0; i < length; i++) destination[destinationIndex + i] = part[i];
}
