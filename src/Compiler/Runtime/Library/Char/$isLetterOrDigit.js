// char.IsLetterOrDigit on a char code: Unicode letters and decimal digits.
const $isLetterOrDigit = (category => c => (c < 128 ? ((c | 32) >= 97 && (c | 32) <= 122) || (c >= 48 && c <= 57) : category.test(String.fromCharCode(c))))(/[\p{L}\p{Nd}]/u);
