// The bundle's node:fs (esbuild --alias in package.json). esbuild gives every module that imports a
// Node built-in its own copy of the built-in's exports (100 getters for fs), which costs a command
// about a millisecond; through this module the bundle imports fs once.
import fs from 'fs';

export * from 'fs';
export default fs;
