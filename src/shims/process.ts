// The bundle's node:process: the global itself (see fs.ts beside it).
export default process;
