// pluginLib.React.createElement spelled once: shipped bindings' templates call it hundreds of times. The path is
// still read on every call and React is still `this`, exactly as the spelled-out call.
function $createElement(...args) {
  return pluginLib.React.createElement(...args);
}
