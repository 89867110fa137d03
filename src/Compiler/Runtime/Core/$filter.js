// A catch clause's `when` filter: an exception thrown while evaluating it means "false", and is dropped.
function $filter(test) {
  try {
    return test() === true;
  } catch {
    return false;
  }
}
