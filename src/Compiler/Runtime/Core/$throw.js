function $throw(error) {
  throw error;
}
