// requires: $Box
// A type test `o is E` for a boxed kind (an enum's frozen object or a primitive kind's name).
function $isBox(value, kind) {
  return value instanceof $Box && value.k === kind;
}
