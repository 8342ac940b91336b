// The floors of src/ (ARCHITECTURE.md): each folder imports only the floors below it, and
// nothing imports in a circle. `npm test` runs this check (test/architecture.test.ts).
const floors = [
  // [folder (a path regex under src/), the folders it may import besides itself]
  ['contract', []],
  ['parse', ['contract']],
  ['io', ['contract']],
  ['report', ['contract']],
  ['model', ['contract', 'parse']],
  ['rules', ['contract', 'parse', 'model']],
  ['engine', ['contract', 'parse', 'model', 'rules']],
  ['config', ['contract', 'parse', 'model', 'rules', 'engine', 'io']],
  ['fix', ['contract', 'parse', 'model', 'rules', 'engine', 'io']],
  ['history', ['contract', 'parse', 'model', 'rules', 'engine', 'io']],
  ['workers', ['contract', 'parse', 'model', 'rules', 'engine', 'io']],
  ['run', ['contract', 'parse', 'model', 'rules', 'engine', 'io', 'report', 'config', 'fix', 'history', 'workers']],
]
const faces = '^src/(mcp/|[^/]+\\.ts$)'

module.exports = {
  forbidden: [
    { name: 'no-unresolvable', severity: 'error', comment: 'An import the checker cannot follow would hide a broken floor.', from: { path: '^src/' }, to: { couldNotResolve: true, path: '^[.]' } },
    { name: 'no-circular', severity: 'error', comment: 'A cycle means two files can only be read together.', from: {}, to: { circular: true } },
    ...floors.map(([folder, below]) => ({
      name: `floor-${folder}`,
      severity: 'error',
      comment: `src/${folder}/ may import only ${below.length ? below.map((b) => `src/${b}/`).join(', ') : 'nothing of the project'} (ARCHITECTURE.md)`,
      from: { path: `^src/${folder}/` },
      to: { path: '^src/', pathNot: [`^src/${folder}/`, ...below.map((b) => `^src/${b}/`)] },
    })),
    {
      name: 'faces-on-top', severity: 'error',
      comment: 'Nothing below imports a face (cli, index, remark, mcp): they are the top floor.',
      from: { path: '^src/', pathNot: faces },
      to: { path: faces },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)node_modules/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: require('node:path').join(__dirname, 'tsconfig.json') },
  },
}
