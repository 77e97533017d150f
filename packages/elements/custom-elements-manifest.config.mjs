// `cem analyze` (run by `npm run build`): custom-elements.json, the machine-readable description of
// every element (tag, attributes, properties, parts) that editors and the per-element docs read.
export default {
  globs: ['src/gk-*/gk-*.ts', 'src/gk-*/define.ts', 'src/base/gk-element.ts'],
  exclude: ['src/**/*.strings.ts', 'src/**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  // package.json names ./dist/custom-elements.json itself; the analyzer must not rewrite it.
  packagejson: false,
};
