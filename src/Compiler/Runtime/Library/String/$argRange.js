// requires: $ArgumentOutOfRangeException
// An ArgumentOutOfRangeException whose Message matches .NET's, including the "Actual value was …" line that
// .NET appends when the offending value is known.
function $argRange(paramName, message, actualValue) {
  const error = new $ArgumentOutOfRangeException(message, null, paramName);
  if (actualValue !== undefined) {
    const text = error.Message + "\nActual value was " + actualValue + ".";
    Object.defineProperty(error, "Message", { value: text });
    error.ActualValue = actualValue;
  }
  return error;
}
