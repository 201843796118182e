// serve_helper.mjs — for the node tests: ingest the sample articles into a
// temporary store and run `awardgraph serve --port 0` on it.
//
// Example:
//   const server = await startServer(binary, samplesDir, ['--workers', '2']);
//   await fetch(server.url + '/health');
//   const exitCode = await server.stop();
import {spawn, spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

export async function startServer(binary, samples, extraArgs) {
  const dir = mkdtempSync(join(tmpdir(), 'awardgraph-node-'));
  const store = join(dir, 'store');
  const ingest = spawnSync(binary, ['ingest', '--store', store, '--no-progress', '--jobs', '1', samples],
                           {encoding: 'utf8'});
  if (ingest.status !== 0) throw new Error('ingest failed: ' + ingest.stderr);
  const child = spawn(binary, ['serve', '--store', store, '--port', '0', '--quiet', ...extraArgs],
                      {stdio: ['ignore', 'pipe', 'inherit']});
  const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  const url = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = out.match(/listening on (http:\/\/[0-9.]+:[0-9]+)\//);
      if (match) resolve(match[1]);
    });
    exited.then((code) => reject(new Error('server exited with ' + code + ': ' + out)));
  });
  return {
    url,
    store,
    async stop() {
      child.kill('SIGTERM');
      const code = await exited;
      rmSync(dir, {recursive: true, force: true});
      return code;
    },
  };
}
