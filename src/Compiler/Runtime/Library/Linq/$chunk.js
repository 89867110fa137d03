// requires: $seq $source $argRange
// Enumerable.Chunk(source, size): arrays of up to `size` items.
function $chunk(source, size) {
  $source(source);
  if (size < 1) throw $argRange("size", "Specified argument was out of the range of valid values.");
  return $seq(function* () {
    let chunk = [];
    for (const item of source) {
      chunk.push(item);
      if (chunk.length === size) { yield chunk; chunk = []; }
    }
    if (chunk.length > 0) yield chunk;
  });
}
