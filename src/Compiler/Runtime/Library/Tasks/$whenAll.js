// Task.WhenAll(tasks): waits for every task; if any failed, rethrows the first failure in task order (as awaiting
// .NET's WhenAll does), otherwise gives the results (`withResults`) or nothing.
function $whenAll(tasks, withResults) {
  return Promise.allSettled(Array.from(tasks)).then(outcomes => {
    for (const outcome of outcomes) if (outcome.status === "rejected") throw outcome.reason;
    return withResults ? outcomes.map(outcome => outcome.value) : undefined;
  });
}
