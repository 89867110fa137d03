// requires: $write
// Console.WriteLine(text).
function $writeLine(text) {
  $write(text + "\n");
}
