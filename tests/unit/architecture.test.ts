import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './load-fixtures';

// The layering in docs/architecture.md is enforced by eslint.config.js; these cases show that it bites.
const eslint = new ESLint({ cwd: repoRoot });
async function ruleIds(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${repoRoot}/${file}` });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('import rules', () => {
  it('keep src/domain pure and below everything', async () => {
    expect((await ruleIds('src/domain/x.ts', "import { useViewStore } from '@/state/store';\nexport const x = useViewStore;\n")).join()).toContain(
      'domain sits below state',
    );
    expect((await ruleIds('src/domain/x.ts', "import { useState } from 'react';\nexport const x = useState;\n")).join()).toContain('pure TypeScript');
    expect(await ruleIds('src/domain/x.ts', "import { classifyTransition } from '@/domain/transitions';\nexport const x = classifyTransition;\n")).toEqual([]);
  });

  it('let only src/map touch maplibre-gl', async () => {
    const code = "import { Map } from 'maplibre-gl';\nexport const x = Map;\n";
    expect((await ruleIds('src/features/legend/x.ts', code)).join()).toContain('Only src/map touches maplibre-gl');
    expect((await ruleIds('src/shared/x.ts', code)).join()).toContain('Only src/map touches maplibre-gl');
    expect(await ruleIds('src/map/x.ts', code)).toEqual([]);
  });

  it('keep features apart and below the app shell', async () => {
    expect(
      (await ruleIds('src/features/table/x.ts', "import { RegionPanel } from '@/features/region-panel/region-panel';\nexport const x = RegionPanel;\n")).join(),
    ).toContain('Features never import each other');
    expect((await ruleIds('src/features/table/x.ts', "import { App } from '@/app/app';\nexport const x = App;\n")).join()).toContain('features sit below app');
    expect(await ruleIds('src/features/table/x.ts', "import { RegionTable } from '@/features/table/region-table';\nexport const x = RegionTable;\n")).toEqual(
      [],
    );
    expect((await ruleIds('src/map/x.ts', "import { RegionTable } from '@/features/table/region-table';\nexport const x = RegionTable;\n")).join()).toContain(
      'map sits below features',
    );
  });

  it('send cross-folder imports through @/ so the rules above see them', async () => {
    expect((await ruleIds('src/state/x.ts', "import { CHANGES } from '../domain/transitions';\nexport const x = CHANGES;\n")).join()).toContain(
      'not through ../',
    );
  });
});
