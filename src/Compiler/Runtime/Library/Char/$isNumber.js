// char.IsNumber on a char code: Unicode numbers (N).
const $isNumber = (category => c => (c < 128 ? (c >= 48 && c <= 57) : category.test(String.fromCharCode(c))))(/\p{N}/u);
