// char.IsLower on a char code: Unicode lower-case letters (Ll).
const $isLower = (category => c => (c < 128 ? (c >= 97 && c <= 122) : category.test(String.fromCharCode(c))))(/\p{Ll}/u);
