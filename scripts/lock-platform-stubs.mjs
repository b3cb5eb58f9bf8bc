// The npm registry mirror on these machines lacks the other platforms' prebuilt binaries of some
// packages (@swc/core-darwin-arm64, @unrs/resolver-binding-win32-x64-msvc, …), so `npm install`
// leaves them out of package-lock.json and `npm ci` then refuses the lock as out of sync. This
// adds each missing optional platform package as an entry with its os/cpu, which `npm ci` skips
// on Linux x64 without fetching. Run after any change to package-lock.json: node scripts/lock-platform-stubs.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const platform = (name) => {
  const m =
    /-(darwin|linux|win32|android|freebsd|openharmony|sunos|aix|netbsd|openbsd)-(arm64|x64|ia32|arm|ppc64|s390x|loong64|riscv64|wasm32)/.exec(
      name,
    );
  return m ? { os: [m[1]], cpu: [m[2]] } : null;
};
let added = 0;
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${dep}`;
    if (lock.packages[key] || lock.packages[`${path}/${key}`]) continue;
    const p = platform(dep);
    if (!p) continue;
    lock.packages[key] = { version, ...(entry.dev ? { dev: true } : {}), optional: true, ...p };
    added++;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`lock-platform-stubs: added ${added} optional platform entries`);
