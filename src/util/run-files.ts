import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Redactor } from './redact.js';
import { prepareArtifactDir, writeFileNoFollow } from './safe-fs.js';

/** A run's files: artifacts in `.droid/` (redacted, never written through a link) and scratch folders removed at the end. */
export interface OwnedRunFiles {
  writeArtifact(name: string, content: string): Promise<string>;
  scratchDir(label: string): Promise<string>;
  /** removes the scratch folders */
  cleanup(): Promise<void>;
}

export async function openRunFiles(artifactDir: string, redactor: Redactor): Promise<OwnedRunFiles> {
  const scratchRoot = await mkdtemp(join(tmpdir(), 'droid-run-'));
  return {
    writeArtifact: async (name, content) => {
      // never through a link the engine left (.droid itself or the file): util/safe-fs.ts
      await prepareArtifactDir(artifactDir);
      const file = join(artifactDir, name);
      await writeFileNoFollow(file, redactor.redact(content));
      return file;
    },
    scratchDir: (label) => mkdtemp(join(scratchRoot, `${label}-`)),
    cleanup: () => rm(scratchRoot, { recursive: true, force: true }),
  };
}
