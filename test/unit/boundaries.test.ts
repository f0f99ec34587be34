import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/config/paths.js';

const src = join(packageRoot(), 'src');
const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true })
  .flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : []));
const imports = (file: string): string[] => [...readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1] as string);

describe('dependency direction', () => {
  it('core imports only core and zod: no SDKs, drivers, node APIs or environment', () => {
    for (const file of files(join(src, 'core'))) {
      for (const spec of imports(file)) {
        const insideCore = spec.startsWith('.') && !relative(join(src, 'core'), resolve(dirname(file), spec)).startsWith('..');
        expect(insideCore || spec === 'zod', `${relative(src, file)} imports ${spec}`).toBe(true);
      }
      expect(readFileSync(file, 'utf8'), relative(src, file)).not.toMatch(/process\.env/);
    }
  });

  it('only config/ reads the environment; entry points hand it over whole', () => {
    for (const file of files(src).filter((f) => !f.includes(`${join('src', 'config')}`))) {
      const uses = readFileSync(file, 'utf8').match(/.{0,11}process\.env.{0,1}/g) ?? [];
      for (const use of uses) expect(use, relative(src, file)).toBe('loadConfig(process.env)');
    }
  });

  it('keeps each platform SDK inside its adapter folder, and adapters apart', () => {
    const sdk: Array<[RegExp, string]> = [[/^(botbuilder|botframework)/, 'adapters/teams'], [/^@slack\//, 'adapters/slack']];
    for (const file of files(src)) {
      const where = relative(src, file);
      for (const spec of imports(file)) {
        for (const [pattern, home] of sdk) if (pattern.test(spec)) expect(where.startsWith(home), `${where} imports ${spec}`).toBe(true);
        if (where.startsWith('adapters/slack')) expect(spec, where).not.toMatch(/adapters\/teams|\.\.\/teams\//);
        if (where.startsWith('adapters/teams')) expect(spec, where).not.toMatch(/adapters\/slack|\.\.\/slack\//);
      }
    }
  });

  it('search, store and ingest never import the CLI', () => {
    for (const dir of ['search', 'store', 'ingest']) {
      for (const file of files(join(src, dir))) {
        for (const spec of imports(file)) expect(spec, `${relative(src, file)}`).not.toMatch(/cli\//);
      }
    }
  });
});
