// char.IsUpper on a char code: Unicode upper-case letters (Lu).
const $isUpper = (category => c => (c < 128 ? (c >= 65 && c <= 90) : category.test(String.fromCharCode(c))))(/\p{Lu}/u);
