/**
 * npm run teams:package: builds the Teams app package (manifest.json and the two icons, zipped) to upload in
 * Teams. The manifest's ${MicrosoftAppId} placeholders take the MicrosoftAppId variable.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AdmZip from 'adm-zip';
import { packageRoot } from '../src/config/paths.js';

const appId = process.env.MicrosoftAppId;
if (!appId || !/^[0-9a-f-]{36}$/i.test(appId)) {
  process.stderr.write('teams:package: set MicrosoftAppId to the bot\'s Microsoft App ID (a GUID) first.\n');
  process.exit(1);
}
const dir = join(packageRoot(), 'teams');
const manifest = readFileSync(join(dir, 'manifest.json'), 'utf8').replaceAll('${MicrosoftAppId}', appId);
JSON.parse(manifest);
const zip = new AdmZip();
zip.addFile('manifest.json', Buffer.from(manifest));
zip.addFile('color.png', readFileSync(join(dir, 'color.png')));
zip.addFile('outline.png', readFileSync(join(dir, 'outline.png')));
const outDir = join(packageRoot(), 'var');
mkdirSync(outDir, { recursive: true });
const out = join(outDir, 'policy-brief-teams.zip');
zip.writeZip(out);
process.stdout.write(`${out}\n`);
