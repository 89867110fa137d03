// A lazy, re-enumerable sequence (IEnumerable<T>) from a generator function: LINQ's deferred execution.
function $seq(generator) {
  return { [Symbol.iterator]: generator };
}
