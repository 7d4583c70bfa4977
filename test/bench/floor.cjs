// The floor for this stack, for reference in `npm run bench`: better-sqlite3, one query, raw escape
// codes and nothing else (no argument parsing, no styling library, no roadmap code).
'use strict';
const Database = require('better-sqlite3');
const db = new Database(process.argv[2], { readonly: true, fileMustExist: true });
const rows = db.prepare('SELECT status, count(*) AS n FROM progress WHERE roadmap_id = ? GROUP BY status').all(process.argv[3]);
process.stdout.write(`${rows.map((row) => `\x1b[32m${row.status}\x1b[0m ${row.n}`).join('\n')}\n`);
