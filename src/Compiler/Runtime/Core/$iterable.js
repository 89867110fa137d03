function $iterable(generator, self) {
  return { [Symbol.iterator]: () => generator.call(self) };
}
