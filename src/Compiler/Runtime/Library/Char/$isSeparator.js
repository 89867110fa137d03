// char.IsSeparator on a char code: Unicode separators (Z).
const $isSeparator = (category => c => (c < 128 ? (c === 32 || c === 160) : category.test(String.fromCharCode(c))))(/\p{Z}/u);
