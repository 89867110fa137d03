// requires: $Exception $NullReferenceException
function $wrapError(error) {
  if (error instanceof $Exception) return error;
  const wrapped = error instanceof TypeError
    ? new $NullReferenceException()
    : new $Exception(error instanceof Error ? error.message : String(error));
  wrapped.$native = error;
  if (error != null && typeof error === "object" && "status" in error) wrapped.status = error.status;
  return wrapped;
}
