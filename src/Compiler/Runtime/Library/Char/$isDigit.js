// char.IsDigit on a char code: Unicode decimal digits (Nd).
const $isDigit = (category => c => (c < 128 ? (c >= 48 && c <= 57) : category.test(String.fromCharCode(c))))(/\p{Nd}/u);
