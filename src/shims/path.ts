// The bundle's node:path, imported once (see fs.ts beside it).
import path from 'path';

export default path;
