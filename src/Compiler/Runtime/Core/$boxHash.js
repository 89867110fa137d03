// .NET's GetHashCode of a value of the $Box kind `k` (see $Box): char repeats its code in the high half, 64-bit
// integers fold their halves, doubles and singles hash their bits (every NaN alike, 0 and -0 alike), enums and the
// narrower integers are their value.
function $boxHash(v, k) {
  switch (k) {
    case "char": return v | (v << 16);
    case "long":
    case "ulong": {
      const high = Math.floor(v / 4294967296);
      return ((v - high * 4294967296) | 0) ^ (high | 0);
    }
    case "double": {
      if (v === 0) return 0;
      if (v !== v) return 0x7ff00000;
      const view = $boxHash.view ??= new DataView(new ArrayBuffer(8));
      view.setFloat64(0, v);
      return view.getInt32(0) ^ view.getInt32(4);
    }
    case "single": {
      if (v === 0) return 0;
      const view = $boxHash.view ??= new DataView(new ArrayBuffer(8));
      if (v !== v) return 0x7f800000;
      view.setFloat32(0, v);
      return view.getInt32(0);
    }
  }
  return v | 0;
}
