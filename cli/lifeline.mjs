#!/usr/bin/env node
// The `lifeline` command. npm puts node_modules/.bin first on PATH, so `npx lifeline` runs on the
// project's pinned Node 22, which strips TypeScript types natively; on an older Node (or one without
// type stripping) tsx is registered first so the same sources run.
const major = Number(process.versions.node.split('.')[0]);
if (major < 20) {
  process.stderr.write(`lifeline: Node ${process.versions.node} is too old; run it with \`npx lifeline\`.\n`);
  process.exit(2);
}
if (!process.features?.typescript) {
  const { register } = await import('tsx/esm/api');
  register();
}
// A reader that stops early (`lifeline info … | head`) closes the pipe: that is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
