// Task.Run(work): runs the work asynchronously (after the current synchronous code) and completes with its result.
function $taskRun(work) {
  return Promise.resolve().then(() => work());
}
