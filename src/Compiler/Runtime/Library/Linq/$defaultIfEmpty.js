// requires: $seq $source
// Enumerable.DefaultIfEmpty(source[, defaultValue]).
function $defaultIfEmpty(source, fallback) {
  $source(source);
  return $seq(function* () {
    let any = false;
    for (const item of source) { any = true; yield item; }
    if (!any) yield fallback;
  });
}
