// requires: $hash
function $combineHash(...values) {
  let h = 17;
  for (const v of values) h = (Math.imul(h, 31) + $hash(v)) | 0;
  return h;
}
