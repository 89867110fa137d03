// Text written with Console.Write that has not reached the end of a line yet; console.log prints whole lines.
const $stdout = { pending: "" };
