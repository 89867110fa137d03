function $clone(value) {
  return Object.assign(Object.create(Object.getPrototypeOf(value)), value);
}
