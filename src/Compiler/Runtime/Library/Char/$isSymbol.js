// char.IsSymbol on a char code: Unicode symbols (S).
const $isSymbol = (category => c => category.test(String.fromCharCode(c)))(/\p{S}/u);
