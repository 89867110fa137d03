function $dispose(resource) {
  if (resource != null) resource.Dispose();
}
