// Task.WhenAll over non-generic tasks: completes (with no value) when all have; the first failure rejects.
function $whenAll(tasks) {
  return Promise.all(Array.from(tasks)).then(() => undefined);
}
