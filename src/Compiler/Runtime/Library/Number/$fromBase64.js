// requires: $FormatException $ArgumentNullException
// Convert.FromBase64String(text): bytes as an array of numbers; white space is ignored like .NET does.
function $fromBase64(text) {
  if (text == null) throw new $ArgumentNullException(null, null, "s");
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  const clean = text.replace(/[ \t\r\n]/g, "");
  const bad = () => new $FormatException("The input is not a valid Base-64 string as it contains a non-base 64 character, more than two padding characters, or an illegal character among the padding characters.");
  if (clean.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(clean)) throw bad();
  const out = [];
  for (let i = 0; i < clean.length; i += 4) {
    const v = [0, 1, 2, 3].map(k => (clean[i + k] === "=" ? 0 : alphabet.indexOf(clean[i + k])));
    const n = (v[0] << 18) | (v[1] << 12) | (v[2] << 6) | v[3];
    out.push((n >> 16) & 255);
    if (clean[i + 2] !== "=") out.push((n >> 8) & 255);
    if (clean[i + 3] !== "=") out.push(n & 255);
  }
  return out;
}
