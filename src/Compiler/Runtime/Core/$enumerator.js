function $enumerator(iterator) {
  let current;
  return {
    MoveNext() {
      const step = iterator.next();
      if (step.done) return false;
      current = step.value;
      return true;
    },
    get Current() {
      return current;
    },
    Reset() {},
    Dispose() {
      if (typeof iterator.return === "function") iterator.return();
    },
    [Symbol.iterator]() {
      return iterator;
    },
  };
}
