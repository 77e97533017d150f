// The packages published to npm, in dependency order: what `npm test` checks for package hygiene and
// what scripts/pack-install installs the way users do.
export const PUBLISHABLE = [
  'packages/spec',
  'packages/client',
  'packages/department-kit',
  'packages/conformance',
  'packages/elements',
  'packages/gateway',
];
