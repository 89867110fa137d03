// An interpolation or composite-format alignment: positive widths pad on the left, negative on the right.
function $align(text, width) {
  return width >= 0 ? text.padStart(width) : text.padEnd(-width);
}
