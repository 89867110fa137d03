// requires: $ArgumentException
// Task.WhenAny(tasks): resolves with the first task to complete (successfully or not), like .NET.
function $whenAny(tasks) {
  const list = Array.from(tasks);
  if (list.length === 0) throw new $ArgumentException("The tasks argument contains no tasks.", null, "tasks");
  return new Promise(resolve => {
    for (const task of list) task.then(() => resolve(task), () => resolve(task));
  });
}
