// requires: $argRange
// Task.Delay(milliseconds): a promise resolved by setTimeout; -1 (infinite) never resolves.
function $delay(ms) {
  if (ms < -1) throw $argRange("millisecondsDelay", "The value needs to be either -1 (signifying an infinite timeout), 0, or a positive integer.");
  return new Promise(resolve => {
    if (ms !== -1) setTimeout(resolve, ms);
  });
}
