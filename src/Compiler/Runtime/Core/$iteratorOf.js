function $iteratorOf(enumerator) {
  return {
    next() {
      return enumerator.MoveNext() ? { value: enumerator.Current, done: false } : { value: undefined, done: true };
    },
    return() {
      if (typeof enumerator.Dispose === "function") enumerator.Dispose();
      return { value: undefined, done: true };
    },
    [Symbol.iterator]() {
      return this;
    },
  };
}
