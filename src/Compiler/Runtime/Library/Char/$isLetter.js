// char.IsLetter on a char code: Unicode letters (L).
const $isLetter = (category => c => (c < 128 ? ((c | 32) >= 97 && (c | 32) <= 122) : category.test(String.fromCharCode(c))))(/\p{L}/u);
