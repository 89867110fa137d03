// requires: $stdout
// Console.Write(text): buffers until a newline, then prints each completed line with console.log.
function $write(text) {
  let pending = $stdout.pending + text;
  let newline = pending.indexOf("\n");
  while (newline >= 0) {
    console.log(pending.slice(0, newline));
    pending = pending.slice(newline + 1);
    newline = pending.indexOf("\n");
  }
  $stdout.pending = pending;
}
