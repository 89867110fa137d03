// requires: $stdout
// The end of a console program: text written without a final newline goes out as it is (process.stdout.write where
// the host has it, else one console.log line).
function $flushOut() {
  const pending = $stdout.pending;
  if (pending === "") return;
  $stdout.pending = "";
  const out = globalThis.process?.stdout;
  if (out && typeof out.write === "function") out.write(pending);
  else console.log(pending);
}
