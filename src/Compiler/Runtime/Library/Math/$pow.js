// Math.Pow with IEEE 754-2008 results where JavaScript differs: 1^y and (-1)^±∞ are 1.
function $pow(x, y) {
  if (x === 1 || (x === -1 && (y === Infinity || y === -Infinity))) return 1;
  return Math.pow(x, y);
}
