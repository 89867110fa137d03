// char.IsControl on a char code: control characters (Cc).
const $isControl = (category => c => (c < 128 ? (c < 32 || c === 127) : category.test(String.fromCharCode(c))))(/\p{Cc}/u);
