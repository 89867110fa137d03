// requires: $ArgumentException
// Task.WhenAny(tasks): resolves with the first task to complete (successfully or not), like .NET. A promise cannot
// normally resolve to another promise (it would adopt its value), so the winning task's `then` is shadowed by an
// own property just while it is handed over, which keeps the task itself (and its identity) as the result.
function $whenAny(tasks) {
  const list = Array.from(tasks);
  if (list.length === 0) throw new $ArgumentException("The tasks argument contains no tasks.", null, "tasks");
  return new Promise(resolve => {
    const settle = task => {
      Object.defineProperty(task, "then", { value: undefined, configurable: true });
      resolve(task);
      delete task.then;
    };
    for (const task of list) task.then(() => settle(task), () => settle(task));
  });
}
