// char.IsPunctuation on a char code: Unicode punctuation (P).
const $isPunctuation = (category => c => category.test(String.fromCharCode(c)))(/\p{P}/u);
