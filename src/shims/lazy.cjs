// A stand-in for a Node built-in that loads the real module only when something of it is used
// (own properties answer without loading it). For the built-ins the bundle's dependencies load
// as they load but a command seldom uses: see the --alias flags in package.json.
'use strict';
module.exports = function lazy(load, own = {}) {
  let real;
  return new Proxy(own, { get: (target, key) => (key in target ? target[key] : (real ??= load())[key]) });
};
