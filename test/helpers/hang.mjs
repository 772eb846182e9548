// Test helper: hangs with a child in its process group and a grandchild in a new session (setsid), all
// carrying the marker (argv[2]) in their command lines, to prove that the whole tree is stopped.
import { spawn } from 'node:child_process';

const [marker, role = 'root'] = process.argv.slice(2);
if (role === 'root') {
  spawn(process.execPath, [import.meta.filename, marker, 'child'], { stdio: 'ignore' });
  spawn(process.execPath, [import.meta.filename, marker, 'escaped'], { stdio: 'ignore', detached: true });
  process.on('SIGTERM', () => {}); // ignores SIGTERM: only SIGKILL stops it
}
console.log(`${role} ${marker} running`);
setTimeout(() => {}, 300_000);
