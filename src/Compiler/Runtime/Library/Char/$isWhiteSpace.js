// char.IsWhiteSpace: Unicode White_Space as .NET defines it (Zs, Zl, Zp, \t-\r, U+0085).
function $isWhiteSpace(c) {
  return (c >= 9 && c <= 13) || c === 32 || c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}
