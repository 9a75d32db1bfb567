import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { contentScriptMatches } from '../../lib/sites';
import { EXTENSION_DIR } from './fixtures';

interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  content_security_policy?: unknown;
  web_accessible_resources?: unknown;
  content_scripts?: { matches: string[]; all_frames?: boolean }[];
}

const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Manifest;
const readme = readFileSync('README.md', 'utf8');
const privacy = readme.slice(readme.indexOf('## Permissions and privacy'));

test('the manifest asks for the minimum: storage, activeTab, scripting, and the declared sites', () => {
  expect([...(manifest.permissions ?? [])].sort()).toEqual(['activeTab', 'scripting', 'storage']);
  // Host access to exactly the content script's sites, nothing more.
  expect([...(manifest.host_permissions ?? [])].sort()).toEqual(contentScriptMatches().sort());
  expect(manifest.optional_permissions ?? []).toEqual([]);
  expect(manifest.content_scripts?.flatMap((c) => c.matches).sort()).toEqual(
    contentScriptMatches().sort(),
  );
  expect(JSON.stringify(manifest)).not.toMatch(/<all_urls>|\*:\/\/\*\/|"tabs"|webRequest/);
  // Default CSP, nothing exposed to pages, top frames only.
  expect(manifest.content_security_policy).toBeUndefined();
  expect(manifest.web_accessible_resources).toBeUndefined();
  expect(manifest.content_scripts?.every((c) => !c.all_frames)).toBe(true);
});

test("the README's permissions and privacy section matches the built manifest", () => {
  const explained = [...privacy.matchAll(/^\| `(\w+)` +\|/gm)].map((m) => m[1]);
  expect(explained.sort()).toEqual([...(manifest.permissions ?? [])].sort());
  const hostsLine = privacy.slice(
    privacy.indexOf('The content script runs on:'),
    privacy.indexOf('(each site'),
  );
  const listed = [...hostsLine.matchAll(/`([a-z0-9.-]+)`/g)].map((m) => m[1]);
  const declared = (manifest.content_scripts ?? [])
    .flatMap((c) => c.matches)
    .map((m) => new URL(m.replace('/*', '/')).host);
  expect(listed.sort()).toEqual(declared.sort());
});
